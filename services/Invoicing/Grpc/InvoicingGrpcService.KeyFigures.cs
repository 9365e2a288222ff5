using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Validation;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    private const string KeyFiguresResource = "keyFigures";

    public override async Task<ImportKeyFiguresResponse> ImportKeyFigures(ImportKeyFiguresRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller), KeyFiguresResource);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        violations.Require(request.Kind != KeyFigureKind.Unspecified && ProtoValues.IsKnown(request.Kind), "kind", "must be POPULATION or CHILDREN_0_17");
        violations.Require(request.Csv.Length <= 1_000_000, "csv", "must be at most 1 000 000 characters");
        var rows = request.Csv.Length <= 1_000_000 ? KeyFigureCsv.Parse(request.Csv, violations) : [];
        violations.ThrowIfAny();
        if (await db.Changes.EarlierChangeAsync(request.RequestId, KeyFiguresResource, nameof(ImportKeyFigures), caller, ct) is not null)
        {
            return new ImportKeyFiguresResponse { ImportedCount = rows.Count };
        }

        var years = rows.Select(r => r.Year).Distinct().ToList();
        var existing = await db.KeyFigures.Where(f => f.Kind == request.Kind && years.Contains(f.Year)).ToDictionaryAsync(f => (f.MunicipalityNumber, f.Year), ct);
        var changed = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue((row.MunicipalityNumber, row.Year), out var figure))
            {
                changed += figure.Value == row.Value ? 0 : 1;
                (figure.Value, figure.UpdateTime) = (row.Value, figure.Value == row.Value ? figure.UpdateTime : Now);
                continue;
            }

            db.KeyFigures.Add(new KeyFigureRecord { Kind = request.Kind, MunicipalityNumber = row.MunicipalityNumber, Year = row.Year, Value = row.Value, UpdateTime = Now });
            changed++;
        }

        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(ImportKeyFigures), KeyFiguresResource, caller, Now));
        await SaveChangeAsync(request.RequestId, KeyFiguresResource, nameof(ImportKeyFigures), caller, ct);
        return new ImportKeyFiguresResponse { ImportedCount = changed };
    }

    public override async Task<ListKeyFiguresResponse> ListKeyFigures(ListKeyFiguresRequest request, ServerCallContext context)
    {
        Demand(InvoicingAccess.IsFinance(Caller.From(context)), KeyFiguresResource);
        new FieldViolations()
            .Require(request.Kind != KeyFigureKind.Unspecified && ProtoValues.IsKnown(request.Kind), "kind", "must be POPULATION or CHILDREN_0_17")
            .Require(request.Year is >= 1900 and <= 2200, "year", "must be a year from 1900 to 2200")
            .ThrowIfAny();
        var figures = await db.KeyFigures.AsNoTracking().Where(f => f.Kind == request.Kind && f.Year == request.Year)
            .OrderBy(f => f.MunicipalityNumber).ToListAsync(context.CancellationToken);
        var response = new ListKeyFiguresResponse();
        response.KeyFigures.AddRange(figures.Select(f => new KeyFigure { Kind = f.Kind, MunicipalityNumber = f.MunicipalityNumber, Year = f.Year, Value = f.Value }));
        return response;
    }
}
