using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace LambdaGen.Runtime;

/// <summary>
/// Lambda's text log format: <c>timestamp TAB request-id TAB LEVEL TAB message</c> on standard output.
/// The writer is created on first use so that functions which never log never pay for it.
/// </summary>
public static class LambdaLog
{
    private static readonly object s_gate = new();
    private static TextWriter? s_out;

    /// <summary>Writes one line.</summary>
    public static void Write(string requestId, LambdaLogLevel level, string message)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}\t{requestId}\t{Name(level)}\t{message}");
        lock (s_gate)
        {
            s_out ??= new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
            s_out.WriteLine(line);
        }
    }

    private static string Name(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => "TRACE",
        LambdaLogLevel.Debug => "DEBUG",
        LambdaLogLevel.Information => "INFO",
        LambdaLogLevel.Warning => "WARN",
        LambdaLogLevel.Error => "ERROR",
        _ => "FATAL",
    };
}
