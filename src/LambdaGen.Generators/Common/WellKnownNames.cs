namespace LambdaGen.Generators.Common;

/// <summary>Metadata names the generator and analyzers look types up by (no reference to the runtime assembly is needed).</summary>
internal static class WellKnownNames
{
    public const string Namespace = "LambdaGen";
    public const string LambdaApplicationAttribute = "LambdaGen.LambdaApplicationAttribute";
    public const string LambdaFunctionAttribute = "LambdaGen.LambdaFunctionAttribute";
    public const string LambdaStartupAttribute = "LambdaGen.LambdaStartupAttribute";
    public const string LambdaJsonContextAttribute = "LambdaGen.LambdaJsonContextAttribute";
    public const string FromServicesAttribute = "LambdaGen.FromServicesAttribute";
    public const string FromBodyAttribute = "LambdaGen.FromBodyAttribute";
    public const string FromRouteAttribute = "LambdaGen.FromRouteAttribute";
    public const string FromQueryAttribute = "LambdaGen.FromQueryAttribute";
    public const string FromHeaderAttribute = "LambdaGen.FromHeaderAttribute";
    public const string HttpRouteAttribute = "LambdaGen.HttpRouteAttribute";
    public const string HttpGetAttribute = "LambdaGen.HttpGetAttribute";
    public const string HttpPostAttribute = "LambdaGen.HttpPostAttribute";
    public const string HttpPutAttribute = "LambdaGen.HttpPutAttribute";
    public const string HttpPatchAttribute = "LambdaGen.HttpPatchAttribute";
    public const string HttpDeleteAttribute = "LambdaGen.HttpDeleteAttribute";
    public const string HttpHeadAttribute = "LambdaGen.HttpHeadAttribute";
    public const string HttpOptionsAttribute = "LambdaGen.HttpOptionsAttribute";
    public const string FunctionUrlAttribute = "LambdaGen.FunctionUrlAttribute";
    public const string SqsTriggerAttribute = "LambdaGen.SqsTriggerAttribute";
    public const string SnsTriggerAttribute = "LambdaGen.SnsTriggerAttribute";
    public const string S3TriggerAttribute = "LambdaGen.S3TriggerAttribute";
    public const string ScheduleTriggerAttribute = "LambdaGen.ScheduleTriggerAttribute";
    public const string EventRuleTriggerAttribute = "LambdaGen.EventRuleTriggerAttribute";
    public const string DynamoDbStreamTriggerAttribute = "LambdaGen.DynamoDbStreamTriggerAttribute";
    public const string KinesisTriggerAttribute = "LambdaGen.KinesisTriggerAttribute";
    public const string ILambdaContext = "LambdaGen.ILambdaContext";
    public const string ILambdaLogger = "LambdaGen.ILambdaLogger";
    public const string IServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
    public const string Stream = "System.IO.Stream";

    /// <summary>AWS's Amazon.Lambda.Core context, bound as well as ours (interop seam).</summary>
    public const string AwsILambdaContext = "Amazon.Lambda.Core.ILambdaContext";
}
