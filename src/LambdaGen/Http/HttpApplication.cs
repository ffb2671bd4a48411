using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using LambdaGen.Hosting;
using LambdaGen.Http.Routing;
using LambdaGen.Runtime;

namespace LambdaGen.Http;

/// <summary>One entry of a generated route table.</summary>
public sealed class HttpRouteDefinition
{
    /// <summary>Creates a route.</summary>
    /// <param name="method">GET, POST, ...</param>
    /// <param name="template">The LambdaGen route template.</param>
    /// <param name="handler">Binds the parameters, calls the user method, writes the result.</param>
    public HttpRouteDefinition(string method, string template, Func<HttpRequestContext, ValueTask> handler)
    {
        Method = method;
        Template = template;
        Handler = handler;
    }

    /// <summary>The method.</summary>
    public string Method { get; }

    /// <summary>The template.</summary>
    public string Template { get; }

    /// <summary>The handler.</summary>
    public Func<HttpRequestContext, ValueTask> Handler { get; }
}

/// <summary>Application-level HTTP settings.</summary>
public sealed class HttpApplicationOptions
{
    /// <summary>Allowed CORS origins (<c>*</c> for any); empty disables CORS handling.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = Array.Empty<string>();
}

/// <summary>
/// The route table of one HTTP function. Dispatches on the gateway's <c>routeKey</c> when it resolved one
/// (a dictionary lookup prepared at init), otherwise matches method and path with <see cref="RouteMatcher"/>.
/// Unknown routes get 404, known paths with another method 405 and an Allow header, bad input 400/415, and a
/// handler exception 500 carrying the request id; every error body is <c>application/problem+json</c>.
/// </summary>
public sealed class HttpApplication
{
    private readonly HttpRouteDefinition[] _routes;
    private readonly RouteEndpoint[] _endpoints;
    private readonly string[][] _parameterNames;
    private readonly Dictionary<string, RouteEndpoint> _byRouteKey = new(StringComparer.Ordinal);
    private readonly RouteMatcher _matcher;
    private readonly HttpApplicationOptions _options;
    private readonly HttpResponseState _response = new();

    /// <summary>Builds the table; templates were validated at compile time, so a bad one here is a bug.</summary>
    public HttpApplication(HttpRouteDefinition[] routes, HttpApplicationOptions? options = null)
    {
        _routes = routes;
        _options = options ?? new HttpApplicationOptions();
        _endpoints = new RouteEndpoint[routes.Length];
        _parameterNames = new string[routes.Length][];
        for (var i = 0; i < routes.Length; i++)
        {
            var template = RouteTemplate.Parse(routes[i].Template);
            var endpoint = _endpoints[i] = new RouteEndpoint(routes[i].Method, i, template);
            _parameterNames[i] = new List<string>(template.ParameterNames).ToArray();
            foreach (var path in template.GatewayPaths())
            {
                _byRouteKey.TryAdd(routes[i].Method + " " + path, endpoint);
                if (routes[i].Method == "GET")
                {
                    _byRouteKey.TryAdd("HEAD " + path, endpoint);
                }
            }
        }

        _matcher = new RouteMatcher(_endpoints);
    }

    /// <summary>The Lambda handler for this table.</summary>
    public LambdaHandler Handler => HandleAsync;

    /// <summary>Handles one API Gateway or function URL event.</summary>
    public async ValueTask HandleAsync(LambdaInvocation invocation)
    {
        var response = _response;
        response.Reset();
        HttpRequest request;
        try
        {
            request = HttpRequest.Parse(invocation.Event.Span);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            WriteProblem(response, 400, "The event is not an API Gateway or function URL request: " + e.Message);
            HttpResponseWriter.Write(invocation, response, HttpPayloadVersion.V2, headRequest: false);
            return;
        }

        try
        {
            await DispatchAsync(invocation, request, response).ConfigureAwait(false);
        }
        catch (HttpProblemException problem)
        {
            response.Reset();
            WriteProblem(response, problem.Status, problem.Message);
        }
        catch (Exception e)
        {
            // The caller gets the request id to quote; the stack trace goes to the function's log only.
            LambdaLog.Write(invocation.Context.AwsRequestId, LambdaLogLevel.Error, $"{request.Method} {request.Path} failed: {e}");
            response.Reset();
            WriteProblem(response, 500, $"The request failed. Quote request id {invocation.Context.AwsRequestId} when reporting it.");
        }

        AddCors(request, response);
        HttpResponseWriter.Write(invocation, response, request.Version, request.Method == "HEAD");
    }

    private ValueTask DispatchAsync(LambdaInvocation invocation, HttpRequest request, HttpResponseState response)
    {
        RouteEndpoint? endpoint = null;
        string[]? values = null;
        // Two templates can share one gateway key (/items/{id:int} and /items/{id}); when the key's route rejects the
        // values by its constraints, the matcher decides among all routes on the path instead.
        if (request.RouteKey is { } key && _byRouteKey.TryGetValue(key, out var byKey) && FromGateway(request, byKey) is { } gatewayValues)
        {
            endpoint = byKey;
            values = gatewayValues;
        }
        else
        {
            if (request.Method == "OPTIONS" && _options.CorsOrigins.Count > 0 && request.Header("access-control-request-method") is not null)
            {
                response.SetStatus(204);
                return default;
            }

            var match = _matcher.Match(request.Method, request.Path);
            if (match.Endpoint is null)
            {
                if (match.Allowed is { } allowed)
                {
                    response.Headers.Add(new("Allow", allowed));
                    return Fail(response, 405, $"{request.Method} is not allowed here; use {allowed}.");
                }

                return Fail(response, 404, $"No route matches {request.Method} {request.Path}.");
            }

            endpoint = match.Endpoint;
            values = match.Values;
        }

        var context = new HttpRequestContext(invocation, request, _parameterNames[endpoint.Index], values, response);
        return _routes[endpoint.Index].Handler(context);
    }

    /// <summary>Route values the gateway resolved, checked against the template's constraints; null when one fails.</summary>
    private string[]? FromGateway(HttpRequest request, RouteEndpoint endpoint)
    {
        var names = _parameterNames[endpoint.Index];
        if (names.Length == 0)
        {
            return System.Array.Empty<string>();
        }

        var values = new string[names.Length];
        var index = 0;
        foreach (var segment in endpoint.Template.Segments)
        {
            if (segment.Kind == RouteSegmentKind.Literal)
            {
                continue;
            }

            string? value = null;
            request.GatewayPathParameters?.TryGetValue(segment.Text, out value);
            if (value is not null && !RouteMatcher.Satisfies(segment.Constraint, value))
            {
                return null;
            }

            values[index++] = value!;
        }

        return values;
    }

    private static ValueTask Fail(HttpResponseState response, int status, string detail)
    {
        WriteProblem(response, status, detail);
        return default;
    }

    private static void WriteProblem(HttpResponseState response, int status, string detail)
    {
        var allow = response.Headers.Find(static h => h.Key == "Allow");
        response.Reset();
        if (allow.Key is not null)
        {
            response.Headers.Add(allow);
        }

        response.SetResult(new ProblemResult(status, detail));
    }

    private void AddCors(HttpRequest request, HttpResponseState response)
    {
        if (_options.CorsOrigins.Count == 0 || request.Header("origin") is not { } origin)
        {
            return;
        }

        foreach (var allowed in _options.CorsOrigins)
        {
            if (allowed == "*" || string.Equals(allowed, origin, StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.Add(new("Access-Control-Allow-Origin", allowed == "*" ? "*" : origin));
                response.Headers.Add(new("Vary", "Origin"));
                if (request.Method == "OPTIONS")
                {
                    response.Headers.Add(new("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"));
                    response.Headers.Add(new("Access-Control-Allow-Headers", request.Header("access-control-request-headers") ?? "content-type"));
                }

                return;
            }
        }
    }
}
