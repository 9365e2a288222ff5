using Grpc.Core;
using Grpc.Core.Interceptors;
using Intermunicipal.Hosting.Grpc;
using Microsoft.Extensions.Logging;

namespace Intermunicipal.Hosting.Errors;

/// <summary>
/// The last line of defence: an exception a service did not turn into a status is logged by
/// type only (its message may quote data) and answered with a generic status that leaks nothing:
/// UNAVAILABLE for storage faults, which pass; INTERNAL for anything else, which is a bug.
/// </summary>
public sealed partial class UnexpectedErrorInterceptor(ILogger<UnexpectedErrorInterceptor> logger) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, async () =>
        {
            await continuation(request, responseStream, context);
            return true;
        });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, async () =>
        {
            await continuation(requestStream, responseStream, context);
            return true;
        });

    /// <summary>Marks the method as entered (its request was readable) and translates what escapes it.</summary>
    private async Task<T> GuardAsync<T>(ServerCallContext context, Func<Task<T>> method)
    {
        MalformedRequestStatus.MarkMethodEntered(context.GetHttpContext());
        try
        {
            return await method();
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    private RpcException Translate(Exception ex, ServerCallContext context)
    {
        if (ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled."));
        }

        LogUnexpected(logger, context.Method, ex.GetType().FullName ?? ex.GetType().Name);
        return IsTransient(ex)
            ? Problems.Unavailable("The service could not reach its database; retry with the same request_id.")
            : new RpcException(new Status(StatusCode.Internal, "The service failed unexpectedly; the failure is logged."));
    }

    // Faults that pass (the database restarting, busy or unreachable): every mutation is
    // idempotent, so a retry is safe. A deterministic database error is a bug, not one of these.
    private static bool IsTransient(Exception ex) =>
        ex is TimeoutException or Npgsql.NpgsqlException { IsTransient: true }
            or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || (ex.InnerException is { } inner && IsTransient(inner));

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} in {Method}")]
    private static partial void LogUnexpected(ILogger logger, string method, string exceptionType);
}
