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

    public static readonly DiagnosticDescriptor AsyncVoidFunction = Create(
        DiagnosticIds.AsyncVoidFunction, "Function is async void",
        "Function '{0}' is async void: Lambda would freeze the environment before it finishes; return Task instead",
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

    // ---- LG03xx: triggers and manifest ----

    // ---- LG10xx: Lambda hygiene ----
}
