namespace CareerNavigator.Web.Accounts;

/// <summary>
/// The user a background job works for, in the job's own DI scope: set with <see cref="ActAs"/> before anything in the
/// scope asks for <see cref="ICurrentUser"/>, so the feature services the job uses apply the same owner rules as they
/// do for a page or an API call of that user. Unset in a request's or a circuit's scope.
/// </summary>
public sealed class BackgroundUser
{
    public ICurrentUser? User { get; private set; }

    public void ActAs(int userId)
    {
        if (User is not null)
        {
            throw new InvalidOperationException("This scope already works for a user.");
        }
        User = new FixedCurrentUser(userId);
    }
}
