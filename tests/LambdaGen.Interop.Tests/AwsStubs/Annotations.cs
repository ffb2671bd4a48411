// Shape of Amazon.Lambda.Annotations 1.14 attributes (public API as documented by AWS). Test stubs, not AWS code.
using System;

namespace Amazon.Lambda.Annotations
{
    [AttributeUsage(AttributeTargets.Method)]
    public class LambdaFunctionAttribute : Attribute
    {
        public string ResourceName { get; set; }
        public string Name { get; set; }
        public uint Timeout { get; set; }
        public uint MemorySize { get; set; }
        public string Role { get; set; }
        public string Policies { get; set; }
        public LambdaPackageType PackageType { get; set; }
    }

    public enum LambdaPackageType
    {
        Zip = 0,
        Image = 1,
    }

    [AttributeUsage(AttributeTargets.Class)]
    public class LambdaStartupAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class FromServicesAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Assembly)]
    public class LambdaGlobalPropertiesAttribute : Attribute
    {
        public bool GenerateMain { get; set; }
        public string Runtime { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.APIGateway
{
    public enum LambdaHttpMethod
    {
        Any,
        Get,
        Post,
        Put,
        Patch,
        Head,
        Delete,
        Options,
    }

    public enum HttpApiVersion
    {
        V1,
        V2,
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class HttpApiAttribute : Attribute
    {
        public HttpApiAttribute(LambdaHttpMethod method, string template)
        {
            Method = method;
            Template = template;
        }

        public HttpApiVersion Version { get; set; } = HttpApiVersion.V2;
        public string Template { get; set; }
        public LambdaHttpMethod Method { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class RestApiAttribute : Attribute
    {
        public RestApiAttribute(LambdaHttpMethod method, string template)
        {
            Method = method;
            Template = template;
        }

        public string Template { get; set; }
        public LambdaHttpMethod Method { get; set; }
    }

    public enum FunctionUrlAuthType
    {
        NONE,
        AWS_IAM,
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class FunctionUrlAttribute : Attribute
    {
        public FunctionUrlAuthType AuthType { get; set; } = FunctionUrlAuthType.NONE;
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class FromQueryAttribute : Attribute
    {
        public string Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class FromRouteAttribute : Attribute
    {
        public string Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class FromHeaderAttribute : Attribute
    {
        public string Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class FromBodyAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class HttpApiAuthorizerAttribute : Attribute
    {
        public string Name { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.SQS
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class SQSEventAttribute : Attribute
    {
        public SQSEventAttribute(string queue) => Queue = queue;

        public string Queue { get; set; }
        public string ResourceName { get; set; }
        public uint BatchSize { get; set; }
        public bool Enabled { get; set; }
        public uint MaximumBatchingWindowInSeconds { get; set; }
        public string Filters { get; set; }
        public uint MaximumConcurrency { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.SNS
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class SNSEventAttribute : Attribute
    {
        public SNSEventAttribute(string topic) => Topic = topic;

        public string Topic { get; set; }
        public string ResourceName { get; set; }
        public string FilterPolicy { get; set; }
        public bool Enabled { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.S3
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class S3EventAttribute : Attribute
    {
        public S3EventAttribute(string bucket) => Bucket = bucket;

        public string Bucket { get; set; }
        public string ResourceName { get; set; }
        public string Events { get; set; } = "s3:ObjectCreated:*";
        public string FilterPrefix { get; set; }
        public string FilterSuffix { get; set; }
        public bool Enabled { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.DynamoDB
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DynamoDBEventAttribute : Attribute
    {
        public DynamoDBEventAttribute(string stream) => Stream = stream;

        public string Stream { get; set; }
        public string ResourceName { get; set; }
        public uint BatchSize { get; set; }
        public string StartingPosition { get; set; } = "LATEST";
        public bool Enabled { get; set; }
        public uint MaximumBatchingWindowInSeconds { get; set; }
        public string Filters { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.Schedule
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class ScheduleEventAttribute : Attribute
    {
        public ScheduleEventAttribute(string schedule) => Schedule = schedule;

        public string Schedule { get; set; }
        public string ResourceName { get; set; }
        public string Description { get; set; }
        public string Input { get; set; }
        public bool Enabled { get; set; }
    }
}
