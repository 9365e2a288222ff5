using Grpc.Core;
using Intermunicipal.LoadTool;

if (!LoadOptions.TryParse(args, out var options, out var error))
{
    (error is null ? Console.Out : Console.Error).WriteLine(error is null ? Usage.Text : $"{error}\n\n{Usage.Text}");
    return error is null ? 0 : 2;
}

Console.WriteLine(options.Describe());
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the run and still prints the report; a second one ends the process.
    e.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};

try
{
    var result = await new LoadRunner(options, TimeProvider.System).RunAsync(stop.Token);
    LatencyReport.Print(result.Samples, result.Elapsed, Console.Out);
    return result.Samples.Succeeded == 0 ? 1 : 0;
}
catch (Exception e) when (e is InvalidOperationException or RpcException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
