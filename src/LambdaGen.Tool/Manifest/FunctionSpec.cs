using System;
using System.Collections.Generic;

namespace LambdaGen.Tool.Manifest;

/// <summary>One <c>AWS::Serverless::Function</c> of the template, with Globals applied.</summary>
/// <param name="LogicalId">The resource's key in <c>Resources</c>.</param>
/// <param name="FunctionName">The deployed name: <c>FunctionName</c> when given, else the logical id.</param>
/// <param name="Handler">The value given to the process as <c>_HANDLER</c>.</param>
/// <param name="MemorySize">MB; SAM's default is 128.</param>
/// <param name="Timeout">The invocation timeout; SAM's default is 3 seconds.</param>
/// <param name="Environment">Globals' variables overridden by the function's own.</param>
/// <param name="ReservedConcurrency">ReservedConcurrentExecutions, when set.</param>
/// <param name="Routes">The function's HttpApi events.</param>
/// <param name="Triggers">The <c>Type</c> of each of its events (HttpApi, SQS, Schedule, ...), ordinal order.</param>
public sealed record FunctionSpec(
    string LogicalId,
    string FunctionName,
    string Handler,
    int MemorySize,
    TimeSpan Timeout,
    IReadOnlyDictionary<string, string> Environment,
    int? ReservedConcurrency,
    IReadOnlyList<RouteSpec> Routes,
    IReadOnlyList<string> Triggers);

/// <summary>One HttpApi event: <c>Method</c> (upper case, <c>ANY</c> for any) and API Gateway <c>Path</c>.</summary>
/// <param name="Method">Upper case; <c>ANY</c> matches every method.</param>
/// <param name="Path">API Gateway path syntax (<c>/todos/{id}</c>, <c>/files/{proxy+}</c>); null for the <c>$default</c> route.</param>
/// <param name="EventName">The event's key in <c>Events</c>.</param>
public sealed record RouteSpec(string Method, string? Path, string EventName)
{
    /// <summary>The API Gateway route key: <c>GET /todos/{id}</c>, or <c>$default</c>.</summary>
    public string RouteKey => Path is null ? "$default" : Method + " " + Path;
}
