namespace CareerNavigator.Web.Products.Versions.Editing;

/// <summary>Moving and removing the entries of a list the form editors show.</summary>
public static class EditableList
{
    public static void Move<T>(List<T> items, int index, int offset)
    {
        var target = index + offset;
        if (index < 0 || index >= items.Count || target < 0 || target >= items.Count)
        {
            return;
        }
        (items[index], items[target]) = (items[target], items[index]);
    }
}
