using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class PgConnection : System.Data.Common.DbConnection
{
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString { get; set; } = "";
    public override string Database => "app";
    public override string DataSource => "db";
    public override string ServerVersion => "16";
    public override System.Data.ConnectionState State => System.Data.ConnectionState.Closed;
    public override void ChangeDatabase(string databaseName) { }
    public override void Close() { }
    public override void Open() { }
    protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) => throw new NotSupportedException();
    protected override System.Data.Common.DbCommand CreateDbCommand() => throw new NotSupportedException();
}

public sealed class CountersApi(PgConnection connection)
{
    [HttpPost("/counters/{name}")]
    public async Task<int> Increment(string name, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "update counters set value = value + 1";
        return await command.ExecuteNonQueryAsync(); // expect: LG1006
    }
}
