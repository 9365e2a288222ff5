using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>
/// The same storage behaviours against each provider: queries that translate differently
/// (keyset paging, bulk update, sub-queries) and races the database must settle.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private TestStorage? _storage;
    private OnCallHost? _host;
    private SuiteClients? _clients;

    private OnCallService.OnCallServiceClient Staff => _clients!.OnCall(TestUser.BaerumStaff);

    protected abstract Task<TestStorage> CreateStorageAsync();

    public async ValueTask InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        _host = await OnCallHost.StartAsync(_key, _storage);
        _clients = new SuiteClients(_host.Address, SuiteFixture.MinterFor(_key));
    }

    public async ValueTask DisposeAsync()
    {
        _clients?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    [Fact]
    public async Task Calls_entries_and_personal_data_round_trip()
    {
        var request = TestCalls.Valid();
        var call = (await Staff.LogCallAsync(request)).Call;
        await Staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.CallOut,
            TestCalls.FridayEvening.AddMinutes(5), TestCalls.FridayEvening.AddMinutes(65)));

        await Staff.CorrectCallAsync(new CorrectCallRequest
        {
            Call = new Call { Name = call.Name, Urgency = Urgency.Low },
            UpdateMask = new FieldMask { Paths = { "urgency" } },
            RequestId = Guid.NewGuid().ToString(),
        });

        var read = (await Staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call;

        Assert.Equal(Urgency.Low, read.Urgency);
        Assert.Equal(Urgency.Acute, read.Entries.Single(e => e.Type == CallEntryType.DetailsCorrected).DetailsChange.Previous.Urgency);
        Assert.Equal(request.Call.Child, read.Child);
        Assert.Equal(request.Call.ReceiveTime, read.ReceiveTime);
        Assert.Equal(Timestamp.FromDateTime(TestCalls.FridayEvening.AddMinutes(65)), read.Entries.Single(e => e.Type == CallEntryType.CallOut).EndTime);
        Assert.Equal(request.Call.ConcernCategories, read.ConcernCategories);
    }

    [Fact]
    public async Task Instants_read_back_exactly_as_the_first_answer_gave_them()
    {
        var request = TestCalls.Valid();
        request.Call.ReceiveTime.Nanos = 123_456_789;
        var logged = (await Staff.LogCallAsync(request)).Call;

        var read = (await Staff.GetCallAsync(new GetCallRequest { Name = logged.Name })).Call;

        Assert.Equal(123_456_000, logged.ReceiveTime.Nanos);
        Assert.Equal(logged.ReceiveTime, read.ReceiveTime);
        Assert.Equal(logged.CreateTime, read.CreateTime);
    }

    [Fact]
    public async Task Keyset_paging_visits_every_call_once_even_with_equal_receive_times()
    {
        var names = new HashSet<string>();
        for (var i = 0; i < 7; i++)
        {
            names.Add((await Staff.LogCallAsync(TestCalls.Valid(received: TestCalls.FridayEvening.AddMinutes(i / 3)))).Call.Name);
        }

        var seen = new List<string>();
        var request = new ListCallsRequest { Parent = TestCalls.AskerOgBaerum, PageSize = 3 };
        do
        {
            var page = await Staff.ListCallsAsync(request);
            seen.AddRange(page.Calls.Select(c => c.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(names.Order(), seen.Order());
    }

    [Fact]
    public async Task Racing_retries_store_one_call()
    {
        var request = TestCalls.Valid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Staff.LogCallAsync(request).ResponseAsync));

        Assert.Single(answers.Select(a => a.Call.Name).Distinct());
        Assert.Equal(1, await TestCalls.CountCallsAsync(Staff, TestCalls.AskerOgBaerum));
    }

    [Fact]
    public async Task Two_instances_on_one_database_behave_as_one()
    {
        // A second instance starts on the same database the first has migrated and seeded, and
        // retries land on either instance.
        await using var second = await OnCallHost.StartAsync(_key, _storage!);
        using var secondClients = new SuiteClients(second.Address, SuiteFixture.MinterFor(_key));
        var instances = new[] { Staff, secondClients.OnCall(TestUser.BaerumStaff) };
        var request = TestCalls.Valid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => instances[i % 2].LogCallAsync(request).ResponseAsync));

        Assert.Single(answers.Select(a => a.Call.Name).Distinct());
        Assert.Equal(1, await TestCalls.CountCallsAsync(Staff, TestCalls.AskerOgBaerum));
        var advice = (await instances[0].AddCallEntryAsync(TestCalls.Entry(answers[0].Call.Name, CallEntryType.AdviceGiven,
            TestCalls.FridayEvening.AddMinutes(1)))).Call.Entries.Single();
        var corrections = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            var correction = TestCalls.Entry(answers[0].Call.Name, CallEntryType.ReferredToDayService, TestCalls.FridayEvening.AddMinutes(1));
            correction.Entry.CorrectsEntry = advice.Name;
            try
            {
                await instances[i % 2].AddCallEntryAsync(correction);
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }));

        Assert.Equal(1, corrections.Count(c => c == StatusCode.OK));
        Assert.All(corrections.Where(c => c != StatusCode.OK), c => Assert.True(c is StatusCode.FailedPrecondition or StatusCode.Aborted, c.ToString()));
        var read = (await instances[1].GetCallAsync(new GetCallRequest { Name = answers[0].Call.Name })).Call;
        Assert.Equal(2, read.Entries.Count);
        Assert.Equal(CallStatus.Referred, read.Status);
    }

    [Fact]
    public async Task Billable_calls_are_read_in_receive_order_with_their_exact_instants_and_oslo_days()
    {
        // 23:59:59.999 in Oslo on Friday, then 00:00 and 00:00:00.001 on Saturday (UTC+1 in March), logged out of order.
        var lastOfFriday = new DateTime(2026, 3, 13, 22, 59, 59, 999, DateTimeKind.Utc);
        var received = new[] { lastOfFriday.AddMilliseconds(2), lastOfFriday, lastOfFriday.AddMilliseconds(1) };
        var names = new List<string>();
        foreach (var instant in received)
        {
            names.Add((await Staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker, received: instant))).Call.Name);
        }

        var finance = _clients!.OnCall(TestUser.AskerFinance);
        var full = await BillableUsageAsync(finance, BillableUsageView.Full);
        var byDay = await BillableUsageAsync(finance, BillableUsageView.CallsByDay);

        Assert.Equal([names[1], names[2], names[0]], full.Items.Select(i => i.Source));
        Assert.Equal([lastOfFriday, lastOfFriday.AddMilliseconds(1), lastOfFriday.AddMilliseconds(2)], full.Items.Select(i => i.OccurTime.ToDateTime()));
        Assert.Equal([(13, 1), (14, 2)], byDay.CallDays.Select(d => (d.Date.Day, d.CallIds.Count)));
        Assert.Equal(names[1], $"{TestCalls.AskerOgBaerum}/calls/{byDay.CallDays[0].CallIds.Single()}");
    }

    /// <summary>Asker's usage of Asker og Bærum in March 2026; the view left unset unless given.</summary>
    private static async Task<BillableUsage> BillableUsageAsync(OnCallService.OnCallServiceClient finance, BillableUsageView view = BillableUsageView.Unspecified) =>
        (await finance.GetBillableUsageAsync(new GetBillableUsageRequest
        {
            OnCallUnit = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Asker,
            Period = new Intermunicipal.Common.V1.Period
            {
                StartDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 1 },
                EndDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 31 },
            },
            View = view,
        })).Usage;

    [Fact]
    public async Task Handovers_are_listed_and_acknowledged_and_usage_is_counted()
    {
        var call = (await Staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker))).Call;
        await Staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.EmergencyDecision, TestCalls.FridayEvening.AddHours(1), legalBasis: "bvl-4-2"));
        var asker = _clients!.OnCall(TestUser.AskerCaseworker);
        var handover = (await asker.ListHandoversAsync(new ListHandoversRequest
        {
            Parent = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Asker,
            PendingOnly = true,
        })).Handovers.Single();

        var acknowledged = (await asker.AcknowledgeHandoverAsync(new AcknowledgeHandoverRequest { Name = handover.Name, RequestId = Guid.NewGuid().ToString() })).Handover;
        var usage = await BillableUsageAsync(_clients.OnCall(TestUser.AskerFinance));

        Assert.True(acknowledged.Acknowledged);
        Assert.Equal((1, 1), (usage.CallCount, usage.EmergencyDecisionCount));
    }
}

public sealed class SqliteStorageTests : StorageContractTests
{
    protected override Task<TestStorage> CreateStorageAsync() => Task.FromResult(TestStorage.Sqlite());
}

public sealed class PostgresStorageTests : StorageContractTests
{
    protected override Task<TestStorage> CreateStorageAsync() => TestStorage.PostgresAsync();
}
