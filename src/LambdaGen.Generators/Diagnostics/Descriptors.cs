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

    internal static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string? description = null, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md", customTags: customTags);

    // ---- LG00xx: functions and signatures ----
    public static readonly DiagnosticDescriptor UnsupportedParameter = Create(
        DiagnosticIds.UnsupportedParameter, "Function parameter cannot be bound",
        "Parameter {0} cannot be bound: a function takes one event parameter plus any of ILambdaContext, CancellationToken and [FromServices] services, none by ref",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SecondEventParameter = Create(
        DiagnosticIds.SecondEventParameter, "Function has more than one event parameter",
        "Parameter {0}: a function has at most one event parameter; mark services with [FromServices] or merge the inputs into one event type",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedReturn = Create(
        DiagnosticIds.UnsupportedReturn, "Function return type is not supported",
        "Return type {0}: return void, T, Task, Task<T>, ValueTask, ValueTask<T>, Stream or Task<Stream>",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InaccessibleFunction = Create(
        DiagnosticIds.InaccessibleFunction, "Function is not accessible to generated code",
        "The generated entry point cannot call this function because {0}; make it public or internal",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GenericFunction = Create(
        DiagnosticIds.GenericFunction, "Function is generic",
        "A function cannot be {0}: Lambda has no way to choose type arguments; declare a non-generic method that calls it",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateFunctionName = Create(
        DiagnosticIds.DuplicateFunctionName, "Two functions have the same name",
        "Function name '{0}' is also used by {1}; give one of them another Name",
        CategoryFunctions, DiagnosticSeverity.Error, null, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor FunctionsInLibrary = Create(
        DiagnosticIds.FunctionsInLibrary, "Functions in a project that is not an executable",
        "Function '{0}' is in a project that does not build an executable, so no Main is generated; set <OutputType>Exe</OutputType> or set <LambdaGenGenerateMain>false</LambdaGenGenerateMain> and host the functions yourself",
        CategoryFunctions, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidFunctionName = Create(
        DiagnosticIds.InvalidFunctionName, "Function name is not a valid Lambda name",
        "Function name '{0}' is invalid: use 1 to 64 letters, digits, '-' or '_'",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnconstructibleFunctionClass = Create(
        DiagnosticIds.UnconstructibleFunctionClass, "Function class cannot be created",
        "Instance function '{0}' needs an instance of its class, but {1}; make the method static or give the class a public constructor",
        CategoryFunctions, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidStartup = Create(
        DiagnosticIds.InvalidStartup, "Startup class has no usable ConfigureServices",
        "[LambdaStartup] class '{0}' needs a public 'void ConfigureServices(IServiceCollection services)' method and, if that method is not static, a public parameterless constructor",
        CategoryFunctions, DiagnosticSeverity.Error);

    // ---- LG0020..LG0029: interop with AWS's packages ----
    public const string CategoryInterop = "LambdaGen.Interop";

    public static readonly DiagnosticDescriptor AwsRuntimeNotReferenced = Create(
        DiagnosticIds.AwsRuntimeNotReferenced, "LambdaGenRuntime is Aws but Amazon.Lambda.RuntimeSupport is not referenced",
        "LambdaGenRuntime is 'Aws' but the project does not reference Amazon.Lambda.RuntimeSupport; add a PackageReference to it or remove the property to host on LambdaGen's runtime",
        CategoryInterop, DiagnosticSeverity.Error, null, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnknownRuntime = Create(
        DiagnosticIds.UnknownRuntime, "LambdaGenRuntime has an unknown value",
        "LambdaGenRuntime is '{0}'; use 'LambdaGen' (the default) or 'Aws'",
        CategoryInterop, DiagnosticSeverity.Error, null, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidLambdaSerializer = Create(
        DiagnosticIds.InvalidLambdaSerializer, "LambdaSerializer type cannot be used",
        "Serializer '{0}' {1}; LambdaGen creates it once at init with its public parameterless constructor and calls ILambdaSerializer.Deserialize/Serialize",
        CategoryInterop, DiagnosticSeverity.Error);

    // ---- LG0030..LG0039: migration from Amazon.Lambda.Annotations ----
    public const string CategoryMigration = "LambdaGen.Migration";

    public static readonly DiagnosticDescriptor AnnotationsAttribute = Create(
        DiagnosticIds.AnnotationsAttribute, "Lambda Annotations attribute has a LambdaGen equivalent",
        "[{0}] is Amazon.Lambda.Annotations'; LambdaGen does not serve it; replace it with [{1}]",
        CategoryMigration, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AnnotationsWithoutEquivalent = Create(
        DiagnosticIds.AnnotationsWithoutEquivalent, "Lambda Annotations attribute has no LambdaGen equivalent",
        "[{0}] is Amazon.Lambda.Annotations' and has no LambdaGen equivalent: {1}",
        CategoryMigration, DiagnosticSeverity.Warning);

    // ---- LG01xx: HTTP routes and binding ----
    public static readonly DiagnosticDescriptor InvalidRouteTemplate = Create(
        DiagnosticIds.InvalidRouteTemplate, "Route template is invalid",
        "Invalid route template: {0}",
        CategoryHttp, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RouteParameterWithoutArgument = Create(
        DiagnosticIds.RouteParameterWithoutArgument, "Route parameter has no method parameter",
        "Route parameter '{0}' is not bound: add a method parameter named '{0}' or one with [FromRoute(Name = \"{0}\")]",
        CategoryHttp, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FromRouteNotInTemplate = Create(
        DiagnosticIds.FromRouteNotInTemplate, "[FromRoute] parameter is not in the template",
        "Parameter binds from route value '{0}', which no route template of this method declares; add '{{{0}}}' to the template or bind it from the query",
        CategoryHttp, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SecondBody = Create(
        DiagnosticIds.SecondBody, "Two parameters bind from the body",
        "Parameter {0}: a request has one body; merge the inputs into one type, or mark services with [FromServices] and simple values with [FromQuery]",
        CategoryHttp, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CannotBind = Create(
        DiagnosticIds.CannotBind, "Parameter type cannot bind from the route, query or header",
        "Parameter {0}",
        CategoryHttp, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RouteConflict = Create(
        DiagnosticIds.RouteConflict, "Two routes match the same requests",
        "Route '{0}' conflicts with {1}, which matches the same method and paths in function '{2}'; change one template or method",
        CategoryHttp, DiagnosticSeverity.Error, null, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnsupportedHttpReturn = Create(
        DiagnosticIds.UnsupportedHttpReturn, "HTTP handler return type is not supported",
        "Return type: {0}; return T, HttpResult, HttpResult<T>, string, byte[], Stream, or Task/ValueTask of them",
        CategoryHttp, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RouteTemplatesDisagree = Create(
        DiagnosticIds.RouteTemplatesDisagree, "Routes of one method declare different parameters",
        "This route declares different parameters than the method's other routes: {0}",
        CategoryHttp, DiagnosticSeverity.Error);

    // ---- LG02xx: serialization and AOT ----
    public static readonly DiagnosticDescriptor JsonObjectType = Create(
        DiagnosticIds.JsonObjectType, "'object' on the wire needs reflection",
        "{0}: 'object' has no compile-time shape, so writing needs the runtime type's metadata and reading gives a JsonElement; use a concrete type, JsonElement or JsonNode",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonAbstractWithoutPolymorphism = Create(
        DiagnosticIds.JsonAbstractWithoutPolymorphism, "Abstract type on the wire without polymorphism metadata",
        "{0}: '{1}' is abstract or an interface without [JsonDerivedType], so derived members are not written and it cannot be read; add [JsonDerivedType(typeof(...))] for each derived type or use a concrete type",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonInaccessibleType = Create(
        DiagnosticIds.JsonInaccessibleType, "Type on the wire is not accessible to generated code",
        "{0}: '{1}' is private or protected, so no JSON metadata can be generated for it; make it internal or public",
        CategorySerialization, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonUnsupportedType = Create(
        DiagnosticIds.JsonUnsupportedType, "Type on the wire cannot be serialized without reflection",
        "{0}: '{1}' cannot be serialized without reflection (supported: classes, structs, records, enums, arrays, List/IList/ICollection/IEnumerable/IReadOnlyList/HashSet/ISet/Queue/Stack, immutable lists, sets and dictionaries, Dictionary/IDictionary/IReadOnlyDictionary with primitive or enum keys, converters with a public parameterless constructor); use a supported type or name a JsonSerializerContext with [assembly: LambdaJsonContext]",
        CategorySerialization, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonNoConstructor = Create(
        DiagnosticIds.JsonNoConstructor, "Type read from the wire has no usable constructor",
        "{0}: '{1}' has no public parameterless constructor, no single public constructor and no [JsonConstructor], so it cannot be read; add one of them",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonInaccessibleMember = Create(
        DiagnosticIds.JsonInaccessibleMember, "[JsonInclude] member is not accessible to generated code",
        "{0}: the member is private or protected, so generated metadata cannot reach it and it is skipped; make it internal or public",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonContextInvalid = Create(
        DiagnosticIds.JsonContextInvalid, "LambdaJsonContext does not name a JsonSerializerContext",
        "'{0}' does not derive from System.Text.Json.Serialization.JsonSerializerContext; name a [JsonSerializable] context class",
        CategorySerialization, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonNamingInvalid = Create(
        DiagnosticIds.JsonNamingInvalid, "Unknown JSON naming",
        "JsonNaming '{0}' is not known; use camelCase, PascalCase, snake_case, SNAKE_CASE, kebab-case or KEBAB-CASE",
        CategorySerialization, DiagnosticSeverity.Error);

    // ---- LG03xx: triggers and manifest ----
    public static readonly DiagnosticDescriptor SqsBatchSizeOutOfRange = Create(DiagnosticIds.SqsBatchSizeOutOfRange,
        "SQS batch size out of range", "BatchSize {0} is not allowed for {1}: use {2}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SqsFifoBatchingWindow = Create(DiagnosticIds.SqsFifoBatchingWindow,
        "FIFO queues have no batching window", "FIFO queue '{0}' does not support a batching window: remove MaximumBatchingWindowInSeconds", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BatchingWindowOutOfRange = Create(DiagnosticIds.BatchingWindowOutOfRange,
        "Batching window out of range", "MaximumBatchingWindowInSeconds {0} is out of range: use 0 to 300 seconds", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MaximumConcurrencyOutOfRange = Create(DiagnosticIds.MaximumConcurrencyOutOfRange,
        "SQS maximum concurrency out of range", "MaximumConcurrency {0} is out of range: use 2 to 1000, or leave it unset", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidScheduleExpression = Create(DiagnosticIds.InvalidScheduleExpression,
        "Invalid schedule expression", "'{0}' is not a schedule expression: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRateExpression = Create(DiagnosticIds.InvalidRateExpression,
        "Invalid rate expression", "'{0}' is not a valid rate expression: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidCronExpression = Create(DiagnosticIds.InvalidCronExpression,
        "Invalid cron expression", "'{0}' is not a valid cron expression: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CronDayFieldsConflict = Create(DiagnosticIds.CronDayFieldsConflict,
        "Cron day-of-month and day-of-week conflict", "In '{0}', {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor S3BucketNotTemplateReference = Create(DiagnosticIds.S3BucketNotTemplateReference,
        "S3 bucket must be declared in the template", "S3 bucket '{0}' must be a template reference ('@LogicalId' of an AWS::S3::Bucket): SAM can only subscribe a function to a bucket declared in the same template", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StreamBatchSizeOutOfRange = Create(DiagnosticIds.StreamBatchSizeOutOfRange,
        "Stream batch size out of range", "BatchSize {0} is out of range for a {1} stream: use 1 to 10000", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidStartingPosition = Create(DiagnosticIds.InvalidStartingPosition,
        "Invalid starting position", "StartingPosition '{0}' is not valid for {1}: use {2}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StartingPositionTimestampMismatch = Create(DiagnosticIds.StartingPositionTimestampMismatch,
        "AT_TIMESTAMP and StartingPositionTimestamp go together", "{0}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MaximumRetryAttemptsOutOfRange = Create(DiagnosticIds.MaximumRetryAttemptsOutOfRange,
        "Maximum retry attempts out of range", "MaximumRetryAttempts {0} is out of range: use -1 (retry until the record expires) to 10000", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TriggerPayloadMismatch = Create(DiagnosticIds.TriggerPayloadMismatch,
        "Payload type does not match the trigger", "{0} '{1}' belongs to {2} triggers, but this function is triggered by {3}: use {4}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncompatibleTriggers = Create(DiagnosticIds.IncompatibleTriggers,
        "Triggers that cannot share a function", "[{0}] cannot share a function with [{1}]: a function receives one kind of event; move it to its own [LambdaFunction] method", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidTriggerJson = Create(DiagnosticIds.InvalidTriggerJson,
        "Trigger argument is not valid JSON", "{0} is not valid JSON: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidEventSourceReference = Create(DiagnosticIds.InvalidEventSourceReference,
        "Invalid event source reference", "'{0}' is not a valid {1}: use '@LogicalId' of a template resource or {2}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidS3EventType = Create(DiagnosticIds.InvalidS3EventType,
        "Unknown S3 event type", "'{0}' is not an S3 event type: use one such as s3:ObjectCreated:*, s3:ObjectCreated:Put or s3:ObjectRemoved:*", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TriggerWithoutLambdaFunction = Create(DiagnosticIds.TriggerWithoutLambdaFunction,
        "Trigger on a method that is not a function", "'{0}' has [{1}] but no [LambdaFunction], so the trigger is ignored: add [LambdaFunction]", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OverlappingS3Notifications = new(DiagnosticIds.OverlappingS3Notifications,
        "Overlapping S3 notifications", "This S3 notification on bucket '{0}' overlaps the one on '{1}' (same event type, prefix and suffix filters that can match the same key): S3 rejects the configuration; make the filters disjoint",
        CategoryTriggers, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.OverlappingS3Notifications + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

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
