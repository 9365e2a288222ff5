using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>Stored calls to proto messages. Personal data is copied only when asked for.</summary>
public static class CallMapper
{
    public static Call ToProto(CallRecord record, bool withPersonalData)
    {
        var history = new CallHistory(record.Entries);
        var call = new Call
        {
            Name = ResourceNames.Call(record.UnitId, record.Id),
            ReceiveTime = ProtoTime.ToTimestamp(record.ReceiveTime),
            Channel = record.Channel,
            ReporterType = record.ReporterType,
            MunicipalityNumber = record.MunicipalityNumber,
            ConcernCategories = { record.ConcernCategories },
            Urgency = record.Urgency,
            HandlingStaff = { record.HandlingStaff },
            Status = history.Status,
            Outcome = history.Outcome,
            CreateTime = ProtoTime.ToTimestamp(record.CreateTime),
            Creator = record.Creator,
            HandoverDate = ProtoTime.ToDate(record.HandoverDate),
            PersonalDataOmitted = !withPersonalData,
            Etag = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        call.Entries.AddRange(history.Ordered.Select(e => ToProto(record, e, history, withPersonalData)));
        if (withPersonalData)
        {
            call.Summary = record.Summary;
            call.Child = ToChild(record);
        }

        return call;
    }

    private static ChildIdentity? ToChild(CallRecord record)
    {
        if (record.ChildFullName is null && record.ChildBirthDate is null && record.ChildNationalIdentityNumber is null)
        {
            return null;
        }

        return new ChildIdentity
        {
            FullName = record.ChildFullName ?? "",
            BirthDate = record.ChildBirthDate is { } date ? ProtoTime.ToDate(date) : null,
            NationalIdentityNumber = record.ChildNationalIdentityNumber ?? "",
        };
    }

    private static CallEntry ToProto(CallRecord call, CallEntryRecord entry, CallHistory history, bool withPersonalData) => new()
    {
        Name = ResourceNames.Entry(call.UnitId, call.Id, entry.Id),
        Type = entry.Type,
        OccurTime = ProtoTime.ToTimestamp(entry.OccurTime),
        EndTime = ProtoTime.ToTimestampOrNull(entry.EndTime),
        LegalBasis = entry.LegalBasis ?? "",
        Note = withPersonalData ? entry.Note ?? "" : "",
        CorrectsEntry = entry.CorrectsEntryId is { } corrected ? ResourceNames.Entry(call.UnitId, call.Id, corrected) : "",
        Retraction = entry.Retraction,
        Effective = history.IsEffective(entry),
        CreateTime = ProtoTime.ToTimestamp(entry.CreateTime),
        Author = entry.Author,
        DetailsChange = entry.DetailsChange is { } change ? DetailsChange(change, withPersonalData) : null,
    };

    private static CallDetailsChange DetailsChange(byte[] stored, bool withPersonalData)
    {
        var change = CallDetailsChange.Parser.ParseFrom(stored);
        if (!withPersonalData)
        {
            foreach (var side in new[] { change.Previous, change.Corrected })
            {
                side.Summary = "";
                side.Child = null;
                side.PersonalDataOmitted = true;
            }
        }

        return change;
    }
}
