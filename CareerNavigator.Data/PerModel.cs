using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerNavigator.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>)
/// for each model it meets. EF binds a compiled query to the first model it runs against and refuses any other, and
/// this app has one model per database provider (PostgreSQL, SQLite), both of which can live in one process.
/// </summary>
/// <remarks>
/// Compiled queries are for the statements every click runs: they skip building the LINQ expression, looking it up in
/// the query cache and extracting its parameters, which at thousands of open circuits cost more than the SQL itself.
/// </remarks>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) =>
        _byModel.TryGetValue(db.Model, out var query) ? query : _byModel.GetValue(db.Model, _ => compile());
}
