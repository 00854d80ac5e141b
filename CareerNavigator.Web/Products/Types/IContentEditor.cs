namespace CareerNavigator.Web.Products.Types;

/// <summary>A type's form editor: it is given the content to start from and hands back the edited content on save.</summary>
public interface IContentEditor
{
    /// <summary>The content as the form holds it now, as the type's content record.</summary>
    object EditedContent();
}
