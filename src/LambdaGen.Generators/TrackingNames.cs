namespace LambdaGen.Generators;

/// <summary>Names of the incremental steps, so that caching tests can find them.</summary>
internal static class TrackingNames
{
    public const string Functions = nameof(Functions);
    public const string FunctionList = nameof(FunctionList);
    public const string Startups = nameof(Startups);
    public const string Application = nameof(Application);
    public const string BuildOptions = nameof(BuildOptions);
    public const string Routes = nameof(Routes);
    public const string RouteTable = nameof(RouteTable);
    public const string Json = nameof(Json);
    public const string JsonOptions = nameof(JsonOptions);
    public const string Program = nameof(Program);
    public const string Manifest = nameof(Manifest);
    public const string AwsTypes = nameof(AwsTypes);
    public const string AwsHost = nameof(AwsHost);
}
