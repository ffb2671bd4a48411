using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;

namespace LambdaGen.Generators.Manifest;

/// <summary>
/// What the deployment manifest needs to know about the application, as the user wrote it in attributes.
/// Values are raw (0/null mean "not set, inherit"); every SAM decision is made by the MSBuild task
/// (LambdaGen.Build), which reads this model back from the compiled assembly.
/// </summary>
/// <param name="ApplicationName">[LambdaApplication] name (or the assembly name).</param>
/// <param name="HttpApiRoutes">Routes served by the shared HTTP API function (routes without their own [LambdaFunction]).</param>
/// <param name="Functions">Every [LambdaFunction], in ordinal order of <see cref="FunctionManifestSpec.Name"/>.</param>
internal sealed record ManifestSpec(
    string ApplicationName,
    int DefaultMemorySize,
    int DefaultTimeout,
    string? DefaultArchitecture,
    int HttpApiTimeout,
    int HttpApiMemorySize,
    string? CorsOrigins,
    EquatableArray<RouteManifestSpec> HttpApiRoutes,
    EquatableArray<FunctionManifestSpec> Functions)
{
    /// <summary>The <c>_HANDLER</c> value of the shared HTTP API function; the generated Main dispatches it to the route table.</summary>
    public const string HttpApiHandler = "HttpApi";
}

/// <summary>One [LambdaFunction]: its settings as written (0/null = inherit), its routes and its triggers.</summary>
/// <param name="Name">The function name: the <c>_HANDLER</c> value the generated Main dispatches on.</param>
/// <param name="Policies">[LambdaFunction(Policies = ...)] as written: comma separated.</param>
/// <param name="Environment">[LambdaFunction(Environment = ...)] as written: <c>KEY=value</c> pairs separated by <c>;</c>.</param>
/// <param name="Routes">HTTP routes when the route method has its own [LambdaFunction].</param>
/// <param name="Triggers">The trigger attributes as <see cref="TriggerParser"/> reads them (Kind <c>Sqs</c>, arguments by property name, invariant text).</param>
/// <param name="ReportBatchItemFailures">True when the handler returns a partial batch response (SQS, Kinesis, DynamoDB streams).</param>
internal sealed record FunctionManifestSpec(
    string Name,
    string? Description,
    int MemorySize,
    int Timeout,
    string? Architecture,
    string? Role,
    string? Policies,
    string? Environment,
    int ReservedConcurrency,
    EquatableArray<RouteManifestSpec> Routes,
    EquatableArray<TriggerModel> Triggers,
    FunctionUrlManifestSpec? FunctionUrl,
    bool ReportBatchItemFailures);

/// <summary>An HTTP route in LambdaGen syntax (<c>/todos/{id:int}</c>, <c>{name?}</c>, <c>{*rest}</c>); the task converts it for API Gateway.</summary>
internal sealed record RouteManifestSpec(string Method, string Template);

/// <summary>[FunctionUrl] as written.</summary>
internal sealed record FunctionUrlManifestSpec(string AuthType, string? Cors);
