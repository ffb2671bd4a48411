using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Analyzers.Migration;

/// <summary>What an Amazon.Lambda.Annotations attribute becomes in LambdaGen.</summary>
internal enum MigrationKind
{
    /// <summary>Same attribute name in LambdaGen; named arguments renamed or dropped per <see cref="AnnotationsMapping.Arguments"/>.</summary>
    Rename,
    /// <summary>HttpApi/RestApi(LambdaHttpMethod.X, template): becomes HttpX(template).</summary>
    Route,
    /// <summary>No attribute is needed in LambdaGen: the fix removes it.</summary>
    Remove,
    /// <summary>No LambdaGen equivalent (LG0031, no fix).</summary>
    None,
}

/// <summary>One row of the migration table (docs/migrating-from-annotations.md is the prose version).</summary>
/// <param name="Target">LambdaGen attribute name without the Attribute suffix, or what to do instead.</param>
/// <param name="Arguments">Annotations named argument -> LambdaGen named argument; a null value drops the argument.</param>
internal sealed record AnnotationsMapping(MigrationKind Kind, string Target, IReadOnlyDictionary<string, string?> Arguments);

/// <summary>The Amazon.Lambda.Annotations attributes LambdaGen knows, by namespace and type name.</summary>
internal static class AnnotationsMap
{
    public const string RootNamespace = "Amazon.Lambda.Annotations";
    public const string LambdaFunction = "LambdaFunctionAttribute";
    public const string KindProperty = "Kind";
    public const string MergeProperty = "Merge";

    private static readonly Dictionary<string, string?> NoArguments = new();

    private static readonly Dictionary<string, AnnotationsMapping> Map = new()
    {
        ["Amazon.Lambda.Annotations.LambdaFunctionAttribute"] = new(MigrationKind.Rename, "LambdaFunction", new Dictionary<string, string?>
        {
            ["Name"] = "Name", ["Timeout"] = "Timeout", ["MemorySize"] = "MemorySize", ["Role"] = "Role", ["Policies"] = "Policies",
            ["ResourceName"] = null, ["PackageType"] = null,
        }),
        ["Amazon.Lambda.Annotations.LambdaStartupAttribute"] = new(MigrationKind.Rename, "LambdaStartup", NoArguments),
        ["Amazon.Lambda.Annotations.FromServicesAttribute"] = new(MigrationKind.Rename, "FromServices", NoArguments),
        ["Amazon.Lambda.Annotations.LambdaGlobalPropertiesAttribute"] = new(MigrationKind.Remove, "nothing: LambdaGen generates Main for every executable (MSBuild LambdaGenGenerateMain) and targets provided.al2023", NoArguments),
        ["Amazon.Lambda.Annotations.APIGateway.HttpApiAttribute"] = new(MigrationKind.Route, "Http<Method>", new Dictionary<string, string?> { ["Version"] = null }),
        ["Amazon.Lambda.Annotations.APIGateway.RestApiAttribute"] = new(MigrationKind.Route, "Http<Method>", NoArguments),
        ["Amazon.Lambda.Annotations.APIGateway.FunctionUrlAttribute"] = new(MigrationKind.Rename, "FunctionUrl", new Dictionary<string, string?> { ["AuthType"] = "AuthType" }),
        ["Amazon.Lambda.Annotations.APIGateway.FromQueryAttribute"] = new(MigrationKind.Rename, "FromQuery", new Dictionary<string, string?> { ["Name"] = "Name" }),
        ["Amazon.Lambda.Annotations.APIGateway.FromRouteAttribute"] = new(MigrationKind.Rename, "FromRoute", new Dictionary<string, string?> { ["Name"] = "Name" }),
        ["Amazon.Lambda.Annotations.APIGateway.FromHeaderAttribute"] = new(MigrationKind.Rename, "FromHeader", new Dictionary<string, string?> { ["Name"] = "Name" }),
        ["Amazon.Lambda.Annotations.APIGateway.FromBodyAttribute"] = new(MigrationKind.Rename, "FromBody", NoArguments),
        ["Amazon.Lambda.Annotations.SQS.SQSEventAttribute"] = new(MigrationKind.Rename, "SqsTrigger", new Dictionary<string, string?>
        {
            ["BatchSize"] = "BatchSize", ["MaximumBatchingWindowInSeconds"] = "MaximumBatchingWindowInSeconds", ["MaximumConcurrency"] = "MaximumConcurrency",
            ["Filters"] = "Filters", ["Enabled"] = "Enabled", ["ResourceName"] = null, ["Queue"] = null,
        }),
        ["Amazon.Lambda.Annotations.SNS.SNSEventAttribute"] = new(MigrationKind.Rename, "SnsTrigger", new Dictionary<string, string?>
        {
            ["FilterPolicy"] = "FilterPolicy", ["Enabled"] = null, ["ResourceName"] = null, ["Topic"] = null,
        }),
        ["Amazon.Lambda.Annotations.S3.S3EventAttribute"] = new(MigrationKind.Rename, "S3Trigger", new Dictionary<string, string?>
        {
            ["Events"] = "Events", ["FilterPrefix"] = "Prefix", ["FilterSuffix"] = "Suffix", ["Enabled"] = null, ["ResourceName"] = null, ["Bucket"] = null,
        }),
        ["Amazon.Lambda.Annotations.DynamoDB.DynamoDBEventAttribute"] = new(MigrationKind.Rename, "DynamoDbStreamTrigger", new Dictionary<string, string?>
        {
            ["BatchSize"] = "BatchSize", ["StartingPosition"] = "StartingPosition", ["Enabled"] = null, ["Filters"] = null,
            ["MaximumBatchingWindowInSeconds"] = null, ["ResourceName"] = null, ["Stream"] = null,
        }),
        ["Amazon.Lambda.Annotations.Schedule.ScheduleEventAttribute"] = new(MigrationKind.Rename, "ScheduleTrigger", new Dictionary<string, string?>
        {
            ["Input"] = "Input", ["Enabled"] = "Enabled", ["Description"] = null, ["ResourceName"] = null, ["Schedule"] = null,
        }),
        ["Amazon.Lambda.Annotations.APIGateway.HttpApiAuthorizerAttribute"] = new(MigrationKind.None, "authorizers are declared in the SAM template; remove the attribute and add the authorizer there", NoArguments),
        ["Amazon.Lambda.Annotations.APIGateway.RestApiAuthorizerAttribute"] = new(MigrationKind.None, "authorizers are declared in the SAM template; remove the attribute and add the authorizer there", NoArguments),
        ["Amazon.Lambda.Annotations.APIGateway.FromCustomAuthorizerAttribute"] = new(MigrationKind.None, "LambdaGen does not bind the authorizer context; have the authorizer pass the value in a header and bind it with [FromHeader]", NoArguments),
        ["Amazon.Lambda.Annotations.ALB.ALBApiAttribute"] = new(MigrationKind.None, "LambdaGen serves API Gateway and function URL events; keep this function on Annotations or put API Gateway in front", NoArguments),
    };

    public static AnnotationsMapping? Find(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null || !IsAnnotationsNamespace(attributeClass.ContainingNamespace))
        {
            return null;
        }

        return Map.TryGetValue(attributeClass.ToDisplayString(), out var mapping) ? mapping : null;
    }

    public static bool IsAnnotationsNamespace(INamespaceSymbol? symbol)
    {
        var name = symbol?.ToDisplayString();
        return name is not null && (name == RootNamespace || name.StartsWith(RootNamespace + ".", System.StringComparison.Ordinal));
    }

    /// <summary>LambdaHttpMethod member name -> LambdaGen route attribute (Any has no verb attribute: HttpRoute("ANY", ...)).</summary>
    public static string? RouteAttribute(string method) => method switch
    {
        "Get" => "HttpGet",
        "Post" => "HttpPost",
        "Put" => "HttpPut",
        "Patch" => "HttpPatch",
        "Delete" => "HttpDelete",
        "Head" => "HttpHead",
        "Options" => "HttpOptions",
        "Any" => "HttpRoute",
        _ => null,
    };

    /// <summary>API Gateway's greedy parameter <c>{proxy+}</c> is <c>{*proxy}</c> in LambdaGen's templates.</summary>
    public static string ConvertTemplate(string template)
    {
        var builder = new System.Text.StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            builder.Append(name.EndsWith("+", System.StringComparison.Ordinal) ? "{*" + name.Substring(0, name.Length - 1) + "}" : "{" + name + "}");
            i = close + 1;
        }

        builder.Append(template, i, template.Length - i);
        return builder.ToString();
    }
}
