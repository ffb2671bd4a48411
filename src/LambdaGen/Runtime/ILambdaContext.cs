using System;

namespace LambdaGen;

/// <summary>What Lambda tells the function about the current invocation and its environment.</summary>
public interface ILambdaContext
{
    /// <summary>The request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</summary>
    string AwsRequestId { get; }

    /// <summary>When the invocation times out (<c>Lambda-Runtime-Deadline-Ms</c>).</summary>
    DateTimeOffset Deadline { get; }

    /// <summary>Time left before <see cref="Deadline"/>.</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>The ARN used to invoke the function (<c>Lambda-Runtime-Invoked-Function-Arn</c>).</summary>
    string InvokedFunctionArn { get; }

    /// <summary>The X-Ray trace header (<c>Lambda-Runtime-Trace-Id</c>), when tracing is on.</summary>
    string? TraceId { get; }

    /// <summary>The client context JSON sent by the AWS Mobile SDK (<c>Lambda-Runtime-Client-Context</c>).</summary>
    string? ClientContext { get; }

    /// <summary>The Cognito identity JSON (<c>Lambda-Runtime-Cognito-Identity</c>).</summary>
    string? Identity { get; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_NAME</c>.</summary>
    string FunctionName { get; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_VERSION</c>.</summary>
    string FunctionVersion { get; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c>.</summary>
    int MemoryLimitInMB { get; }

    /// <summary><c>AWS_LAMBDA_LOG_GROUP_NAME</c>.</summary>
    string LogGroupName { get; }

    /// <summary><c>AWS_LAMBDA_LOG_STREAM_NAME</c>.</summary>
    string LogStreamName { get; }

    /// <summary>A logger whose lines carry the request id.</summary>
    ILambdaLogger Logger { get; }
}

/// <summary>Log levels understood by CloudWatch's Lambda log format.</summary>
public enum LambdaLogLevel
{
    /// <summary>Trace.</summary>
    Trace,
    /// <summary>Debug.</summary>
    Debug,
    /// <summary>Information.</summary>
    Information,
    /// <summary>Warning.</summary>
    Warning,
    /// <summary>Error.</summary>
    Error,
    /// <summary>Critical.</summary>
    Critical,
}

/// <summary>Writes log lines tagged with the current request id to standard output, where Lambda collects them.</summary>
public interface ILambdaLogger
{
    /// <summary>Writes a line at <paramref name="level"/>.</summary>
    void Log(LambdaLogLevel level, string message);

    /// <summary>Writes an information line.</summary>
    void LogInformation(string message) => Log(LambdaLogLevel.Information, message);

    /// <summary>Writes a warning line.</summary>
    void LogWarning(string message) => Log(LambdaLogLevel.Warning, message);

    /// <summary>Writes an error line.</summary>
    void LogError(string message) => Log(LambdaLogLevel.Error, message);
}
