using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using LambdaGen.Http;
using Microsoft.Extensions.DependencyInjection;

[assembly: LambdaApplication("todo-app", DefaultMemorySize = 512, DefaultTimeout = 10)]

namespace TodoApi;

[LambdaStartup]
public sealed class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ITodoStore, InMemoryTodoStore>();
    }
}

/// <summary>Every route here joins the application's one HTTP API function (its route table).</summary>
public sealed class TodoEndpoints(ITodoStore store)
{
    [HttpGet("/todos")]
    public TodoPage List(bool? done, int page = 1, int pageSize = 20)
    {
        if (page < 1 || pageSize is < 1 or > 100)
        {
            throw new HttpProblemException(400, "page must be at least 1 and pageSize between 1 and 100.");
        }

        var all = store.All(done);
        return new TodoPage(page, pageSize, all.Length, all.Skip((page - 1) * pageSize).Take(pageSize).ToArray());
    }

    [HttpGet("/todos/{id:int}")]
    public HttpResult<Todo> Get(int id)
        => store.Find(id) is { } todo ? todo : HttpResult.NotFound($"There is no todo {id}.");

    [HttpPost("/todos")]
    public Task<HttpResult<Todo>> Create([FromBody] NewTodo todo, ILambdaContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(todo.Title))
        {
            return Task.FromResult<HttpResult<Todo>>(HttpResult.BadRequest("title must not be empty."));
        }

        var created = store.Add(todo.Title.Trim());
        context.Logger.LogInformation($"created todo {created.Id}");
        return Task.FromResult(HttpResult.Created($"/todos/{created.Id}", created));
    }

    [HttpPut("/todos/{id:int}")]
    public HttpResult<Todo> Replace(int id, NewTodo todo)
        => string.IsNullOrWhiteSpace(todo.Title)
            ? HttpResult.BadRequest("title must not be empty.")
            : store.Update(id, t => t with { Title = todo.Title.Trim() }) is { } updated ? updated : HttpResult.NotFound($"There is no todo {id}.");

    [HttpPatch("/todos/{id:int}")]
    public HttpResult<Todo> Patch(int id, TodoPatch patch)
        => store.Update(id, t => t with { Title = patch.Title?.Trim() ?? t.Title, Done = patch.Done ?? t.Done }) is { } updated
            ? updated
            : HttpResult.NotFound($"There is no todo {id}.");

    [HttpDelete("/todos/{id:int}")]
    public HttpResult Delete(int id) => store.Remove(id) ? HttpResult.NoContent() : HttpResult.NotFound($"There is no todo {id}.");

    [HttpGet("/health")]
    public static string Health() => "ok";
}
