using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>Keeps every log line of a host with its scope values, so tests can read what was logged.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogLine> Lines { get; } = new();

    /// <summary>Every line so far with its scope values, one per line: what a test searches for something that must never be logged.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Message + string.Join(',', l.Scope.Values)));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>();
            owner._scopes.ForEachScope((value, into) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    foreach (var (key, item) in pairs)
                    {
                        into[key] = item;
                    }
                }
            }, scope);
            var message = formatter(state, exception) + (exception is null ? "" : " " + exception);
            owner.Lines.Enqueue(new LogLine(category, logLevel, message, scope));
        }
    }
}
