using System.Collections.Immutable;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// The well-known symbols the hygiene analyzers need, resolved once per compilation. Types that may be
/// absent (AWS SDK, ADO.NET, channels) are null; rules that need them simply do not fire.
/// </summary>
internal sealed class HygieneSymbols
{
    /// <summary>Metadata name of the optional opt-out attribute for intentional static caches (LG1001).</summary>
    public const string LambdaCacheAttribute = "LambdaGen.LambdaCacheAttribute";

    private HygieneSymbols(Compilation compilation, INamedTypeSymbol lambdaFunction)
    {
        Compilation = compilation;
        LambdaFunctionAttribute = lambdaFunction;
        HttpRouteAttribute = compilation.GetTypeByMetadataName(WellKnownNames.HttpRouteAttribute);
        FunctionUrlAttribute = compilation.GetTypeByMetadataName(WellKnownNames.FunctionUrlAttribute);
        LambdaApplicationAttribute = compilation.GetTypeByMetadataName(WellKnownNames.LambdaApplicationAttribute);
        LambdaCache = compilation.GetTypeByMetadataName(LambdaCacheAttribute);
        TriggerAttributes = Resolve(compilation,
            WellKnownNames.SqsTriggerAttribute, WellKnownNames.SnsTriggerAttribute, WellKnownNames.S3TriggerAttribute,
            WellKnownNames.ScheduleTriggerAttribute, WellKnownNames.EventRuleTriggerAttribute,
            WellKnownNames.DynamoDbStreamTriggerAttribute, WellKnownNames.KinesisTriggerAttribute);

        CancellationToken = compilation.GetTypeByMetadataName(WellKnownNames.CancellationToken);
        Task = compilation.GetTypeByMetadataName(WellKnownNames.Task);
        TaskOfT = compilation.GetTypeByMetadataName(WellKnownNames.TaskOfT);
        ValueTask = compilation.GetTypeByMetadataName(WellKnownNames.ValueTask);
        ValueTaskOfT = compilation.GetTypeByMetadataName(WellKnownNames.ValueTaskOfT);
        TimeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
        LazyOfT = compilation.GetTypeByMetadataName("System.Lazy`1");
        Interlocked = compilation.GetTypeByMetadataName("System.Threading.Interlocked");

        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        HttpMessageInvoker = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageInvoker");
        HttpMessageHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageHandler");
        HttpContent = compilation.GetTypeByMetadataName("System.Net.Http.HttpContent");
        AmazonServiceClient = compilation.GetTypeByMetadataName("Amazon.Runtime.AmazonServiceClient");
        AmazonServiceInterface = compilation.GetTypeByMetadataName("Amazon.Runtime.IAmazonService");
        DbConnection = compilation.GetTypeByMetadataName("System.Data.Common.DbConnection");
        DbCommand = compilation.GetTypeByMetadataName("System.Data.Common.DbCommand");
        DbDataReader = compilation.GetTypeByMetadataName("System.Data.Common.DbDataReader");
        Stream = compilation.GetTypeByMetadataName(WellKnownNames.Stream);
        ChannelReader = compilation.GetTypeByMetadataName("System.Threading.Channels.ChannelReader`1");
        ChannelWriter = compilation.GetTypeByMetadataName("System.Threading.Channels.ChannelWriter`1");
        ApplicationAttribute = FindApplicationAttribute(compilation, LambdaApplicationAttribute);
    }

    public Compilation Compilation { get; }
    public INamedTypeSymbol LambdaFunctionAttribute { get; }
    public INamedTypeSymbol? HttpRouteAttribute { get; }
    public INamedTypeSymbol? FunctionUrlAttribute { get; }
    public INamedTypeSymbol? LambdaApplicationAttribute { get; }
    public INamedTypeSymbol? LambdaCache { get; }
    public ImmutableArray<INamedTypeSymbol> TriggerAttributes { get; }
    public INamedTypeSymbol? CancellationToken { get; }
    public INamedTypeSymbol? Task { get; }
    public INamedTypeSymbol? TaskOfT { get; }
    public INamedTypeSymbol? ValueTask { get; }
    public INamedTypeSymbol? ValueTaskOfT { get; }
    public INamedTypeSymbol? TimeSpan { get; }
    public INamedTypeSymbol? LazyOfT { get; }
    public INamedTypeSymbol? Interlocked { get; }
    public INamedTypeSymbol? HttpClient { get; }
    public INamedTypeSymbol? HttpMessageInvoker { get; }
    public INamedTypeSymbol? HttpMessageHandler { get; }
    public INamedTypeSymbol? HttpContent { get; }
    public INamedTypeSymbol? AmazonServiceClient { get; }
    public INamedTypeSymbol? AmazonServiceInterface { get; }
    public INamedTypeSymbol? DbConnection { get; }
    public INamedTypeSymbol? DbCommand { get; }
    public INamedTypeSymbol? DbDataReader { get; }
    public INamedTypeSymbol? Stream { get; }
    public INamedTypeSymbol? ChannelReader { get; }
    public INamedTypeSymbol? ChannelWriter { get; }

    /// <summary>Null when LambdaGen is not referenced: the caller then registers nothing.</summary>
    public static HygieneSymbols? TryCreate(Compilation compilation)
    {
        var lambdaFunction = compilation.GetTypeByMetadataName(WellKnownNames.LambdaFunctionAttribute);
        return lambdaFunction is null ? null : new HygieneSymbols(compilation, lambdaFunction);
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] names)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(names.Length);
        foreach (var name in names)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
                builder.Add(type);
        }

        return builder.ToImmutable();
    }

    /// <summary>True when the method carries any LambdaGen function, route, URL or trigger attribute.</summary>
    public bool IsFunction(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
            return false;
        foreach (var attribute in method.GetAttributes())
        {
            if (IsFunctionAttribute(attribute.AttributeClass))
                return true;
        }

        return false;
    }

    private bool IsFunctionAttribute(INamedTypeSymbol? type)
    {
        if (type is null)
            return false;
        if (SymbolEqualityComparer.Default.Equals(type, LambdaFunctionAttribute)
            || SymbolEqualityComparer.Default.Equals(type, FunctionUrlAttribute)
            || InheritsFrom(type, HttpRouteAttribute))
            return true;
        foreach (var trigger in TriggerAttributes)
        {
            if (SymbolEqualityComparer.Default.Equals(type, trigger))
                return true;
        }

        return false;
    }

    /// <summary>True for methods with an HTTP route attribute (served behind API Gateway).</summary>
    public bool IsHttpRoute(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (InheritsFrom(attribute.AttributeClass, HttpRouteAttribute))
                return true;
        }

        return false;
    }

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
            return false;
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                return true;
        }

        return false;
    }

    public static bool Implements(ITypeSymbol? type, INamedTypeSymbol? @interface)
    {
        if (type is null || @interface is null)
            return false;
        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
            return true;
        foreach (var candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, @interface))
                return true;
        }

        return false;
    }

    public bool IsCancellationToken(ITypeSymbol? type)
        => type is not null && SymbolEqualityComparer.Default.Equals(type, CancellationToken);

    public bool IsAwsClient(ITypeSymbol? type)
        => InheritsFrom(type, AmazonServiceClient) || (type?.TypeKind == TypeKind.Interface && Implements(type, AmazonServiceInterface));

    /// <summary>The effective timeouts of a function, read from its attributes and the application attribute.</summary>
    public FunctionTimeout GetTimeout(IMethodSymbol function)
    {
        AttributeData? lambdaFunction = null;
        foreach (var attribute in function.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, LambdaFunctionAttribute))
                lambdaFunction = attribute;
        }

        var isHttp = IsHttpRoute(function);
        var own = NamedInt(lambdaFunction, "Timeout");
        if (own > 0)
            return new FunctionTimeout(own, isHttp, lambdaFunction, FunctionTimeoutSource.Function);

        var application = ApplicationAttribute;
        // Routes without their own [LambdaFunction] join the shared HTTP API function.
        if (lambdaFunction is null && isHttp)
        {
            var api = NamedInt(application, "HttpApiTimeout");
            if (api > 0)
                return new FunctionTimeout(api, isHttp, lambdaFunction, FunctionTimeoutSource.HttpApi);
        }

        var fallback = NamedInt(application, "DefaultTimeout");
        return fallback > 0
            ? new FunctionTimeout(fallback, isHttp, lambdaFunction, FunctionTimeoutSource.Default)
            : new FunctionTimeout(0, isHttp, lambdaFunction, FunctionTimeoutSource.None);
    }

    /// <summary>The assembly's [LambdaApplication], if any.</summary>
    public AttributeData? ApplicationAttribute { get; }

    private static AttributeData? FindApplicationAttribute(Compilation compilation, INamedTypeSymbol? type)
    {
        if (type is null)
            return null;
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type))
                return attribute;
        }

        return null;
    }

    public static int NamedInt(AttributeData? attribute, string name)
    {
        if (attribute is null)
            return 0;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is int value)
                return value;
        }

        return 0;
    }
}

internal enum FunctionTimeoutSource
{
    None,
    Function,
    HttpApi,
    Default,
}

/// <summary>A function's effective timeout in seconds (0 when nothing sets one) and where it came from.</summary>
internal readonly struct FunctionTimeout
{
    public FunctionTimeout(int seconds, bool isHttp, AttributeData? lambdaFunction, FunctionTimeoutSource source)
    {
        Seconds = seconds;
        IsHttp = isHttp;
        LambdaFunction = lambdaFunction;
        Source = source;
    }

    public int Seconds { get; }
    public bool IsHttp { get; }
    public AttributeData? LambdaFunction { get; }
    public FunctionTimeoutSource Source { get; }

    /// <summary>The timeout Lambda actually applies: AWS's default of 3 s when nothing is set.</summary>
    public int EffectiveSeconds => Seconds > 0 ? Seconds : 3;
}
