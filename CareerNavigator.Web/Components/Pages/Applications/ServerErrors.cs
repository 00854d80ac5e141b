using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Components.Forms;

namespace CareerNavigator.Web.Components.Pages.Applications;

/// <summary>Shows what the server refused next to the fields it names (and in the summary), until the field changes.</summary>
public sealed class ServerErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _store;

    public ServerErrors(EditContext context)
    {
        _context = context;
        _store = new ValidationMessageStore(context);
        context.OnFieldChanged += (_, e) => _store.Clear(e.FieldIdentifier);
        context.OnValidationRequested += (_, _) => _store.Clear();
    }

    public void Show(FormValidationException refusal)
    {
        _store.Clear();
        foreach (var error in refusal.Errors)
        {
            foreach (var member in error.MemberNames.DefaultIfEmpty(""))
            {
                _store.Add(_context.Field(member), error.ErrorMessage ?? "This value is not valid.");
            }
        }
        _context.NotifyValidationStateChanged();
    }
}
