using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Diagnostics;

/// <summary>Every diagnostic descriptor, with its help link to docs/rules/&lt;id&gt;.md.</summary>
internal static partial class Descriptors
{
    public const string HelpLinkBase = "https://github.com/lambdagen/lambdagen/blob/main/docs/rules/";

    public const string CategoryFunctions = "LambdaGen.Functions";
    public const string CategoryHttp = "LambdaGen.Http";
    public const string CategorySerialization = "LambdaGen.Serialization";
    public const string CategoryTriggers = "LambdaGen.Triggers";
    public const string CategoryHygiene = "LambdaGen.Hygiene";

    internal static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string? description = null)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");

    // ---- LG00xx: functions and signatures ----

    // ---- LG01xx: HTTP routes and binding ----

    // ---- LG02xx: serialization and AOT ----

    // ---- LG03xx: triggers and manifest ----

    // ---- LG10xx: Lambda hygiene ----

    public static readonly DiagnosticDescriptor PerRequestStateInStatic = Create(
        DiagnosticIds.PerRequestStateInStatic,
        "Per-request state stored in a static",
        "'{0}' is static and shared by every invocation of the warm environment; keep per-request data in locals or parameters, or mark an intentional cache with [LambdaCache] or a lock",
        CategoryHygiene, DiagnosticSeverity.Warning,
        "Lambda reuses an execution environment across invocations and may run invocations concurrently in one process, so statics written by a handler leak data between requests and race.");

    public static readonly DiagnosticDescriptor ClientCreatedInHandler = Create(
        DiagnosticIds.ClientCreatedInHandler,
        "Client created inside a handler",
        "'{0}' is created on every invocation; hoist it to a {1} field so warm invocations reuse its connections",
        CategoryHygiene, DiagnosticSeverity.Warning,
        "HTTP clients, AWS SDK clients and database connections are expensive to build and hold connection pools; creating one per invocation exhausts sockets and adds latency.");

    public static readonly DiagnosticDescriptor MissingTimeout = Create(
        DiagnosticIds.MissingTimeout,
        "Function has no timeout",
        "Function '{0}' has no Timeout and no application default, so AWS's 3 second default applies; set Timeout on [LambdaFunction] or DefaultTimeout on [assembly: LambdaApplication]",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HttpTimeoutAboveGateway = Create(
        DiagnosticIds.HttpTimeoutAboveGateway,
        "HTTP function timeout above the API Gateway limit",
        "Timeout {0} s of HTTP function '{1}' exceeds API Gateway's 30 s integration limit; set it to 30 or less",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TimeoutOutOfRange = Create(
        DiagnosticIds.TimeoutOutOfRange,
        "Timeout outside 1..900 seconds",
        "{0} = {1} is outside Lambda's 1..900 second range; set it to {2}",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CancellationTokenNotPassed = Create(
        DiagnosticIds.CancellationTokenNotPassed,
        "Outbound call ignores the available CancellationToken",
        "'{0}' can outlive the invocation; pass '{1}'",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CancellationTokenNotAvailable = Create(
        DiagnosticIds.CancellationTokenNotAvailable,
        "Outbound call without a CancellationToken in a function that could receive one",
        "'{0}' can outlive the invocation; add a CancellationToken parameter to '{1}' and pass it",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HttpClientTimeoutTooLong = Create(
        DiagnosticIds.HttpClientTimeoutTooLong,
        "HttpClient timeout longer than the function's",
        "HttpClient timeout {0} is longer than the function timeout of {1} s; set Timeout below the function's",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AsyncVoidFunction = Create(
        DiagnosticIds.AsyncVoidFunction,
        "Async void function",
        "Function '{0}' is async void, so the invocation ends before its work does and its exceptions crash the process; return Task",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AsyncVoidLambdaInHandler = Create(
        DiagnosticIds.AsyncVoidLambdaInHandler,
        "Async lambda converted to a void-returning delegate in a handler",
        "This async lambda becomes async void ('{0}'), so the invocation does not wait for it; use a Task-returning overload, a foreach with await, or Task.WhenAll",
        CategoryHygiene, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SyncOverAsyncInHandler = Create(
        DiagnosticIds.SyncOverAsyncInHandler,
        "Blocking on a task in a handler",
        "'{0}' blocks a thread on a task; await it instead",
        CategoryHygiene, DiagnosticSeverity.Warning);
}
