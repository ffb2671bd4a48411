using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;

namespace TodoApi;

public interface ITodoStore
{
    Todo Add(string title);
    Todo? Find(int id);
    Todo[] All(bool? done);
    Todo? Update(int id, Func<Todo, Todo> change);
    bool Remove(int id);
}

/// <summary>
/// An in-memory store, one per execution environment. Thread-safe because Lambda managed instances may run
/// invocations concurrently; a real application would put DynamoDB behind the same interface.
/// </summary>
public sealed class InMemoryTodoStore(TimeProvider time) : ITodoStore
{
    private readonly ConcurrentDictionary<int, Todo> _items = new();
    private int _nextId;

    public Todo Add(string title)
    {
        var todo = new Todo(Interlocked.Increment(ref _nextId), title, false, time.GetUtcNow());
        _items[todo.Id] = todo;
        return todo;
    }

    public Todo? Find(int id) => _items.TryGetValue(id, out var todo) ? todo : null;

    public Todo[] All(bool? done) => _items.Values.Where(t => done is null || t.Done == done).OrderBy(static t => t.Id).ToArray();

    public Todo? Update(int id, Func<Todo, Todo> change)
    {
        while (_items.TryGetValue(id, out var current))
        {
            var next = change(current);
            if (_items.TryUpdate(id, next, current))
            {
                return next;
            }
        }

        return null;
    }

    public bool Remove(int id) => _items.TryRemove(id, out _);
}
