namespace LambdaGen.Interop.Tests;

/// <summary>A realistic Lambda Annotations project: 16 functions over three files (HTTP API, REST API, SQS, SNS, S3, DynamoDB, schedule, plain).</summary>
internal static class AnnotationsProject
{
    public const string Startup = """
        using Amazon.Lambda.Annotations;
        using Amazon.Lambda.Core;
        using Amazon.Lambda.Serialization.SystemTextJson;
        using Microsoft.Extensions.DependencyInjection;

        [assembly: LambdaGlobalProperties(GenerateMain = true, Runtime = "provided.al2023")]
        [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

        namespace Shop;

        public interface ICatalog
        {
            string Name(int id);
            int Count { get; }
        }

        public sealed class Catalog : ICatalog
        {
            private static readonly string[] Names = ["tea", "coffee", "cocoa", "mate"];
            public string Name(int id) => id >= 0 && id < Names.Length ? Names[id] : "unknown";
            public int Count => Names.Length;
        }

        /// <summary>Registers the services.</summary>
        [LambdaStartup]
        public class Startup
        {
            public void ConfigureServices(IServiceCollection services) => services.AddSingleton<ICatalog, Catalog>();
        }
        """;

    public const string Products = """
        using System.Threading.Tasks;
        using Amazon.Lambda.Annotations;
        using Amazon.Lambda.Annotations.APIGateway;
        using Amazon.Lambda.Core;

        namespace Shop;

        public class Products(ICatalog catalog)
        {
            /// <summary>One product by id.</summary>
            [LambdaFunction(MemorySize = 512, Timeout = 15, PackageType = LambdaPackageType.Zip)]
            [HttpApi(LambdaHttpMethod.Get, "/products/{id}")]
            public string Get(int id, ILambdaContext context)
            {
                context.Logger.LogLine("get " + id);
                return catalog.Name(id);
            }

            [LambdaFunction(ResourceName = "ListProducts")]
            [HttpApi(LambdaHttpMethod.Get, "/products")]
            public string List([FromQuery] int page, [FromQuery(Name = "size")] int pageSize) => $"page {page} of {pageSize} from {catalog.Count}";

            [LambdaFunction]
            [HttpApi(LambdaHttpMethod.Post, "/products/{id}/tags/{tag}", Version = HttpApiVersion.V2)]
            public string Tag([FromRoute] int id, [FromRoute(Name = "tag")] string label, [FromHeader(Name = "x-user")] string user)
                => $"{user} tagged {catalog.Name(id)} as {label}";

            [LambdaFunction]
            [HttpApi(LambdaHttpMethod.Delete, "/products/{id}")]
            public Task Delete(int id) => Task.CompletedTask;

            [LambdaFunction]
            [HttpApi(LambdaHttpMethod.Any, "/files/{path+}")]
            public static string File(string path) => "file " + path;

            [LambdaFunction]
            [HttpApi(LambdaHttpMethod.Get, "/health")]
            public static string Health() => "ok";

            [LambdaFunction]
            [RestApi(LambdaHttpMethod.Get, "/legacy/{id}")]
            public string Legacy(int id, [FromServices] ICatalog scoped) => "legacy " + scoped.Name(id);

            [LambdaFunction(Name = "product-count")]
            [HttpApi(LambdaHttpMethod.Get, "/count")]
            public string Count() => catalog.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        """;

    public const string Jobs = """
        using System.IO;
        using System.Linq;
        using System.Threading.Tasks;
        using Amazon.Lambda.Annotations;
        using Amazon.Lambda.Annotations.APIGateway;
        using Amazon.Lambda.Annotations.DynamoDB;
        using Amazon.Lambda.Annotations.S3;
        using Amazon.Lambda.Annotations.Schedule;
        using Amazon.Lambda.Annotations.SNS;
        using Amazon.Lambda.Annotations.SQS;
        using Amazon.Lambda.Core;
        using Amazon.Lambda.DynamoDBEvents;
        using Amazon.Lambda.S3Events;
        using Amazon.Lambda.SNSEvents;
        using Amazon.Lambda.SQSEvents;

        namespace Shop;

        public sealed class Order
        {
            public string Id { get; set; } = "";
            public int ProductId { get; set; }
            public decimal Price { get; set; }
        }

        public class Jobs
        {
            [LambdaFunction(Timeout = 60, Role = "@JobsRole")]
            [SQSEvent("@OrdersQueue", BatchSize = 5, MaximumBatchingWindowInSeconds = 2, ResourceName = "OrdersEvent")]
            public SQSBatchResponse Orders(SQSEvent batch, ILambdaContext context)
            {
                var failures = batch.Records.Where(static r => r.Body.Length == 0)
                    .Select(static r => new SQSBatchResponse.BatchItemFailure { ItemIdentifier = r.MessageId }).ToList();
                return new SQSBatchResponse { BatchItemFailures = failures };
            }

            [LambdaFunction]
            [SNSEvent("@Alerts", FilterPolicy = "{\"level\":[\"high\"]}", ResourceName = "AlertsSub")]
            public string Alert(SNSEvent notification) => string.Join("|", notification.Records.Select(static r => r.Sns.Subject + ":" + r.Sns.Message));

            [LambdaFunction(MemorySize = 1024)]
            [S3Event("@Uploads", Events = "s3:ObjectCreated:*", FilterPrefix = "in/", FilterSuffix = ".csv")]
            public async Task<string> Uploaded(S3Event upload)
            {
                await Task.Yield();
                return string.Join(",", upload.Records.Select(static r => r.S3.Bucket.Name + "/" + r.S3.Object.Key));
            }

            [LambdaFunction]
            [DynamoDBEvent("@OrdersTable", BatchSize = 50, StartingPosition = "TRIM_HORIZON", Filters = "{}")]
            public int Changes(DynamoDBEvent changes) => changes.Records.Count(static r => r.EventName == "INSERT");

            [LambdaFunction(Timeout = 300)]
            [ScheduleEvent("rate(1 day)", Description = "nightly", Input = "{\"full\":true}")]
            public Task Nightly(ILambdaContext context)
            {
                context.Logger.LogLine("nightly run");
                return Task.CompletedTask;
            }

            [LambdaFunction]
            public Order Reprice(Order order, [FromServices] ICatalog catalog)
                => new() { Id = order.Id, ProductId = order.ProductId, Price = order.Price * 2 + catalog.Count };

            [LambdaFunction(Name = "shop-upper")]
            public static string Upper(string input) => input.ToUpperInvariant();

            [LambdaFunction]
            [FunctionUrl(AuthType = FunctionUrlAuthType.AWS_IAM)]
            public static Stream Raw(Stream input) => input;
        }
        """;

    public static readonly string[] All = [Startup, Products, Jobs];
}
