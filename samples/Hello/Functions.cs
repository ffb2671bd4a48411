using System;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Microsoft.Extensions.DependencyInjection;

[assembly: LambdaApplication("hello", DefaultMemorySize = 256, DefaultTimeout = 10)]

namespace Hello;

public sealed record GreetRequest(string Name, string? Language);

public sealed record Greeting(string Message, int Count, DateTimeOffset At);

public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

public sealed class SystemClock : IClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}

/// <summary>Builds the greeting text; registered as a singleton and injected into <see cref="Greeter"/>.</summary>
public sealed class Phrasebook
{
    public string Hello(string? language) => language switch
    {
        "fr" => "Bonjour",
        "de" => "Hallo",
        "es" => "Hola",
        _ => "Hello",
    };
}

[LambdaStartup]
public sealed class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<Phrasebook>();
    }
}

/// <summary>A static function: no state, no services.</summary>
public static class Echo
{
    [LambdaFunction(Timeout = 5)]
    public static Greeting Shout(GreetRequest request, ILambdaContext context)
    {
        context.Logger.LogInformation($"shouting at {request.Name}");
        return new Greeting(request.Name.ToUpperInvariant() + "!", 1, DateTimeOffset.UnixEpoch);
    }
}

/// <summary>An instance function: the class is created once during init with its services from the container.</summary>
public sealed class Greeter(Phrasebook phrasebook)
{
    private int _count;

    [LambdaFunction(Name = "greet", MemorySize = 512)]
    public Task<Greeting> Greet(GreetRequest request, [FromServices] IClock clock, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("name is required", nameof(request));
        }

        // Per-environment state is fine for a counter that only reports reuse; per-request data never goes here.
        var count = Interlocked.Increment(ref _count);
        return Task.FromResult(new Greeting($"{phrasebook.Hello(request.Language)}, {request.Name}", count, clock.UtcNow));
    }
}
