using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SealGuard.Web.Data;

/// <summary>
/// A compiled query (EF Core skips its per-call expression work) that runs on any provider's context. EF binds a
/// compiled query to the first model it runs on and refuses another; each provider has its own model, so this keeps one
/// compilation per model instead of asking which provider the context is.
/// </summary>
public sealed class ModelCompiledQuery<TParam1, TParam2, TResult>(Expression<Func<SealGuardDbContext, TParam1, TParam2, CancellationToken, TResult>> query)
{
    private readonly ConcurrentDictionary<IModel, Func<SealGuardDbContext, TParam1, TParam2, CancellationToken, Task<TResult>>> _compiled = new();

    public Task<TResult> InvokeAsync(SealGuardDbContext db, TParam1 first, TParam2 second, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _compiled.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery(query))(db, first, second, cancellationToken);
    }
}
