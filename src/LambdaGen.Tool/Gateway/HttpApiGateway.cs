using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Emulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LambdaGen.Tool.Gateway;

/// <summary>
/// The API Gateway HTTP API in front of the functions: Kestrel on 127.0.0.1 only, each request routed by the
/// template's HttpApi events, sent as a payload 2.0 event to the route's function and answered from its v2
/// response. Failures answer as the gateway does: 404 for no route, 500 for a function error, 502 for a crash or
/// a malformed response, 504 for a timeout, 413 for a payload over Lambda's limit.
/// </summary>
public sealed class HttpApiGateway : IAsyncDisposable
{
    /// <summary>HTTP API's request payload limit.</summary>
    public const long MaxRequestBodyBytes = 10 * 1024 * 1024;

    private readonly LocalLambda _lambda;
    private readonly RouteTable _routes;
    private readonly Action<string>? _log;
    private WebApplication? _app;

    /// <summary>Creates the gateway for the routes of <paramref name="lambda"/>'s template.</summary>
    public HttpApiGateway(LocalLambda lambda, Action<string>? log)
    {
        _lambda = lambda;
        _log = log;
        _routes = new RouteTable(lambda.Template.Routes);
    }

    /// <summary>The route table.</summary>
    public RouteTable Routes => _routes;

    /// <summary>The base address, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public async Task<Uri> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = null;
            options.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) is Microsoft.AspNetCore.Hosting.Server.IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        Address = new Uri(address ?? "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        return Address;
    }

    /// <summary>Stops listening (the functions' instances belong to the <see cref="LocalLambda"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Routes and runs one request, independent of the HTTP server.</summary>
    public async Task<GatewayResponse> HandleAsync(GatewayRequest request, CancellationToken cancellationToken = default)
    {
        var match = _routes.Match(request.Method, request.RawPath);
        if (match is null)
        {
            return GatewayResponse.Message(404, "Not Found");
        }

        if (request.Body.Length > MaxRequestBodyBytes)
        {
            return GatewayResponse.Message(413, "Request Entity Too Large");
        }

        var requestId = NewRequestId();
        var @event = PayloadV2.CreateEvent(request, match, requestId);
        if (@event.Length > InstanceSettings.DefaultMaxResponseBytes)
        {
            return GatewayResponse.Message(413, "Request Entity Too Large");
        }

        var outcome = await _lambda.InvokeAsync(match.Function, @event, cancellationToken).ConfigureAwait(false);
        var response = outcome.Kind switch
        {
            OutcomeKind.Success => PayloadV2.ReadResponse(outcome.Body) ?? GatewayResponse.Message(502, "Internal Server Error"),
            OutcomeKind.FunctionError => GatewayResponse.Message(500, "Internal Server Error"),
            OutcomeKind.Timeout => GatewayResponse.Message(504, "Service Unavailable"),
            OutcomeKind.TooLarge => GatewayResponse.Message(413, "Request Entity Too Large"),
            _ => GatewayResponse.Message(502, "Internal Server Error"),
        };

        _log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{request.Method} {request.RawPath} -> {match.Function.LogicalId} ({match.Route.RouteKey}) {response.StatusCode} {outcome.Kind} {outcome.Duration.TotalMilliseconds:0.0} ms{(outcome.ColdStart ? " cold" : "")} [{outcome.RequestId}]"));
        if (outcome.Kind is not OutcomeKind.Success)
        {
            _log?.Invoke($"  {outcome.ErrorType}: {System.Text.Encoding.UTF8.GetString(outcome.Body.Span)}");
        }

        var headers = response.Headers.ToList();
        headers.Add(new("apigw-requestid", requestId));
        return response with { Headers = headers };
    }

    private async Task HandleAsync(HttpContext context)
    {
        var httpRequest = context.Request;
        if (httpRequest.ContentLength > MaxRequestBodyBytes)
        {
            await WriteAsync(context, GatewayResponse.Message(413, "Request Entity Too Large")).ConfigureAwait(false);
            return;
        }

        using var body = new MemoryStream();
        await httpRequest.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (httpRequest.PathBase + httpRequest.Path).ToString();
        var query = rawTarget.IndexOf('?');
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in httpRequest.Headers)
        {
            headers.Add(new(name, string.Join(name.Equals("cookie", StringComparison.OrdinalIgnoreCase) ? "; " : ",", values.ToArray())));
        }

        var request = new GatewayRequest(
            httpRequest.Method.ToUpperInvariant(),
            query >= 0 ? rawTarget.Substring(0, query) : rawTarget,
            query >= 0 ? rawTarget.Substring(query + 1) : "",
            headers,
            body.GetBuffer().AsMemory(0, (int)body.Length),
            context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            httpRequest.Host.Value ?? "",
            DateTimeOffset.UtcNow);

        GatewayResponse response;
        try
        {
            response = await HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await WriteAsync(context, response).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, GatewayResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            if (!name.Equals("content-length", StringComparison.OrdinalIgnoreCase) && !name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.Append(name, value);
            }
        }

        foreach (var cookie in response.Cookies)
        {
            context.Response.Headers.Append("set-cookie", cookie);
        }

        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body).ConfigureAwait(false);
    }

    /// <summary>A request id in API Gateway's style (14 base-32-ish characters, then <c>=</c>).</summary>
    private static string NewRequestId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> chars = stackalloc char[15];
        for (var i = 0; i < 14; i++)
        {
            chars[i] = alphabet[Random.Shared.Next(alphabet.Length)];
        }

        chars[14] = '=';
        return new string(chars);
    }
}
