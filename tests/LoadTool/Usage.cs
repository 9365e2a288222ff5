namespace Intermunicipal.LoadTool;

/// <summary>The --help text.</summary>
public static class Usage
{
    public const string Text = """
        Drives the call log (intermunicipal.oncall.v1) or the treatment capacity service
        (intermunicipal.capacity.v1) and prints throughput, latency percentiles per operation
        and errors by gRPC status code.

        Usage: dotnet run --project tests/LoadTool -c Release -- [options]

          --target URL          gateway or OnCall address, h2c for http://   (default http://127.0.0.1:5100)
          --concurrency N       parallel workers                              (default 16)
          --duration SECONDS    run for this long                             (default 10)
          --requests N          or stop after N RPCs in total (a mixed log+get pair counts as two)
          --operation OP        log | get | mixed | board | treatment         (default mixed)
                                  log:       LogCall only
                                  get:       GetCall of one seed call per worker (seeds are not timed)
                                  mixed:     each worker logs a call, then gets it
                                  board:     GetCapacityBoard of --team for today
                                  treatment: each worker refers a family, starts and completes its
                                             treatment today, in a team the tool creates first
                                             (host: the caller's municipality; a new one every 1000 steps)
          --unit NAME           on-call unit                                  (default onCallUnits/asker-og-baerum)
          --municipality NNNN   the calls' municipality_number                (default 3203)
          --team NAME           the team for board                            (default teams/mst-can-baerum)
          --token TOKEN         bearer token to send, e.g. from /dev/tokens/baerum-vakt
                                (/dev/tokens/baerum-koordinator for board and treatment)
          --signing-key BASE64  or mint tokens with the development signing key (staff of 3201,
                                roles oncall-staff and capacity-coordinator, issuer intermunicipal-dev)
          --help                this text

        Exit code: 0 when at least one request succeeded, 1 when every request failed, 2 on bad options.
        """;
}
