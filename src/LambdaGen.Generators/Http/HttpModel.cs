using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;

namespace LambdaGen.Generators.Http;

/// <summary>Where an HTTP handler parameter comes from.</summary>
internal enum HttpBinding
{
    Route,
    Query,
    Header,
    Body,
    Service,
    Context,
    CancellationToken,
    Request,
    RequestContext,
    Cookies,
    /// <summary>The invocation context seen as <c>Amazon.Lambda.Core.ILambdaContext</c> (interop, see AwsInterop).</summary>
    AwsContext,
}

/// <summary>How a route/query/header value is converted.</summary>
internal enum HttpValueKind
{
    None,
    String,
    Parsable,
    Enum,
    StringArray,
    ParsableArray,
}

/// <summary>How the handler's result becomes a response.</summary>
internal enum HttpResultKind
{
    NoContent,
    Json,
    Result,
    ResultOfT,
    Text,
    Bytes,
    Stream,
}

internal sealed record HttpRouteModel(string Method, string Template);

/// <summary>One handler parameter. <see cref="ValueType"/> is the element or underlying type the helper parses.</summary>
internal sealed record HttpParameterModel(HttpBinding Binding, TypeRef Type, string Name, HttpValueKind Kind, TypeRef? ValueType, bool Optional, string? DefaultLiteral);

/// <summary>An HTTP handler method with all its routes.</summary>
internal sealed record HttpEndpointModel(
    string SortKey,
    TypeRef ContainingType,
    string MethodName,
    bool IsStatic,
    bool ConstructFromServices,
    EquatableArray<HttpRouteModel> Routes,
    EquatableArray<HttpParameterModel> Parameters,
    HttpResultKind Result,
    bool ReturnsVoid,
    TypeRef? JsonResultType,
    string? FunctionName,
    FunctionSettings? Settings,
    LambdaGen.Generators.Json.JsonGraph Json)
{
    /// <summary>The function this endpoint belongs to: its own, or the application's shared HTTP API function.</summary>
    public string Group => FunctionName ?? HttpApiFunctionName;

    public const string HttpApiFunctionName = "HttpApi";
}
