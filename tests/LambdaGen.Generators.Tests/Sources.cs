namespace LambdaGen.Generators.Tests;

/// <summary>User sources shared by several generator tests.</summary>
internal static class Sources
{
    /// <summary>Functions that need no JSON metadata: streams, context, services.</summary>
    public const string NoJson = """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using LambdaGen;
        using Microsoft.Extensions.DependencyInjection;

        namespace Demo;

        public interface IClock { string Now(); }
        public sealed class FixedClock : IClock { public string Now() => "2026-11-23"; }

        [LambdaStartup]
        public sealed class Startup
        {
            public void ConfigureServices(IServiceCollection services) => services.AddSingleton<IClock, FixedClock>();
        }

        public static class Files
        {
            [LambdaFunction(Name = "upper", Timeout = 30)]
            public static async Task<Stream> Upper(Stream input, CancellationToken cancellationToken)
            {
                using var reader = new StreamReader(input);
                var text = await reader.ReadToEndAsync(cancellationToken);
                return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToUpperInvariant()));
            }

            [LambdaFunction]
            public static void Ping(ILambdaContext context) => context.Logger.LogInformation("ping " + context.AwsRequestId);
        }

        public sealed class Stamps(IClock clock)
        {
            [LambdaFunction]
            public Stream Stamp([FromServices] IClock scoped, ILambdaContext context)
                => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(clock.Now() + "/" + scoped.Now() + "/" + context.AwsRequestId));
        }
        """;
}
