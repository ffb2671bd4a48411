using System;
using System.Globalization;

namespace LambdaGen.Runtime;

/// <summary>The documented Lambda environment variables, read once at init.</summary>
public sealed class LambdaEnvironment
{
    /// <summary>Reads the process environment.</summary>
    public static LambdaEnvironment FromProcess() => new(
        Get("AWS_LAMBDA_RUNTIME_API"),
        // Managed (non-AOT) deployments run the assembly by name, so the template names the function here instead.
        Environment.GetEnvironmentVariable("LAMBDAGEN_HANDLER") is { Length: > 0 } function ? function : Get("_HANDLER"),
        Get("AWS_LAMBDA_FUNCTION_NAME"),
        Get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
        int.TryParse(Get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb) ? mb : 0,
        Get("AWS_LAMBDA_LOG_GROUP_NAME"),
        Get("AWS_LAMBDA_LOG_STREAM_NAME"));

    /// <summary>Creates an environment from explicit values (tests, hosts).</summary>
    public LambdaEnvironment(string runtimeApi, string handler, string functionName, string functionVersion, int memoryLimitInMB, string logGroupName, string logStreamName)
    {
        RuntimeApi = runtimeApi;
        Handler = handler;
        FunctionName = functionName;
        FunctionVersion = functionVersion;
        MemoryLimitInMB = memoryLimitInMB;
        LogGroupName = logGroupName;
        LogStreamName = logStreamName;
    }

    /// <summary><c>AWS_LAMBDA_RUNTIME_API</c>: host:port of the Runtime API.</summary>
    public string RuntimeApi { get; }
    /// <summary><c>_HANDLER</c>: the function to run.</summary>
    public string Handler { get; }
    /// <summary><c>AWS_LAMBDA_FUNCTION_NAME</c>.</summary>
    public string FunctionName { get; }
    /// <summary><c>AWS_LAMBDA_FUNCTION_VERSION</c>.</summary>
    public string FunctionVersion { get; }
    /// <summary><c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c>.</summary>
    public int MemoryLimitInMB { get; }
    /// <summary><c>AWS_LAMBDA_LOG_GROUP_NAME</c>.</summary>
    public string LogGroupName { get; }
    /// <summary><c>AWS_LAMBDA_LOG_STREAM_NAME</c>.</summary>
    public string LogStreamName { get; }

    private static string Get(string name, string fallback = "") => Environment.GetEnvironmentVariable(name) ?? fallback;
}
