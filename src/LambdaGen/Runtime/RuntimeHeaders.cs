using System;
using System.Globalization;

namespace LambdaGen.Runtime;

/// <summary>The status line and headers of a Runtime API response, parsed once.</summary>
public sealed class RuntimeHeaders
{
    internal RuntimeHeaders(string head)
    {
        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ');
        Status = status.Length > 1 && int.TryParse(status[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (Is(name, "Content-Length"))
            {
                ContentLength = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
            else if (Is(name, "Transfer-Encoding"))
            {
                Chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
            else if (Is(name, "Lambda-Runtime-Aws-Request-Id"))
            {
                RequestId = value;
            }
            else if (Is(name, "Lambda-Runtime-Deadline-Ms"))
            {
                DeadlineMs = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : 0;
            }
            else if (Is(name, "Lambda-Runtime-Invoked-Function-Arn"))
            {
                InvokedFunctionArn = value;
            }
            else if (Is(name, "Lambda-Runtime-Trace-Id"))
            {
                TraceId = value;
            }
            else if (Is(name, "Lambda-Runtime-Client-Context"))
            {
                ClientContext = value;
            }
            else if (Is(name, "Lambda-Runtime-Cognito-Identity"))
            {
                CognitoIdentity = value;
            }
        }
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }
    /// <summary>Content-Length, when sent.</summary>
    public int? ContentLength { get; }
    /// <summary>Whether the body is chunked.</summary>
    public bool Chunked { get; }
    /// <summary>Lambda-Runtime-Aws-Request-Id.</summary>
    public string RequestId { get; } = "";
    /// <summary>Lambda-Runtime-Deadline-Ms.</summary>
    public long DeadlineMs { get; }
    /// <summary>Lambda-Runtime-Invoked-Function-Arn.</summary>
    public string InvokedFunctionArn { get; } = "";
    /// <summary>Lambda-Runtime-Trace-Id.</summary>
    public string? TraceId { get; }
    /// <summary>Lambda-Runtime-Client-Context.</summary>
    public string? ClientContext { get; }
    /// <summary>Lambda-Runtime-Cognito-Identity.</summary>
    public string? CognitoIdentity { get; }

    private static bool Is(ReadOnlySpan<char> name, string expected) => name.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
