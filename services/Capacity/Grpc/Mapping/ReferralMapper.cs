using System.Globalization;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Grpc.Mapping;

public static class ReferralMapper
{
    /// <summary>
    /// The referral. Its family reference and children are personal data: with
    /// <paramref name="withPersonalData"/> the caller must have recorded an audit event before
    /// they leave the service (or be the one who just sent them).
    /// </summary>
    public static Referral ToProto(ReferralRecord referral, bool withPersonalData)
    {
        var proto = new Referral
        {
            Name = ResourceNames.Referral(referral.TeamId, referral.Id),
            MunicipalityNumber = referral.MunicipalityNumber,
            FamilyReference = withPersonalData ? referral.FamilyReference : "",
            Priority = referral.Priority,
            WishedStartDate = DateOrNull(referral.WishedStartDate),
            State = referral.State,
            CreateTime = ProtoTime.ToTimestamp(referral.CreateTime),
            StartDate = DateOrNull(referral.StartDate),
            PlannedEndDate = DateOrNull(referral.PlannedEndDate),
            EndDate = DateOrNull(referral.EndDate),
            Outcome = referral.Outcome,
            WithdrawTime = ProtoTime.ToTimestampOrNull(referral.WithdrawTime),
            Etag = referral.Version.ToString(CultureInfo.InvariantCulture),
        };
        if (withPersonalData)
        {
            proto.Children.AddRange(referral.ChildAges.Select(age => new Child { AgeYears = age }));
        }

        return proto;
    }

    private static Google.Type.Date? DateOrNull(DateOnly? date) => date is { } d ? ProtoTime.ToDate(d) : null;
}
