using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

public sealed class CareerPlan5YDescriptor : CareerPlanDescriptor
{
    public const ProductType Kind = ProductType.CareerPlan5Y;
    public override ProductType Type => Kind;
    public override int Years => 5;
    public override string Title => "5-year plan";
    public override string Summary => "Where you could be in five years, and how to get there.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Landscape;
    public override GroupRanks Ranks => new(Unclassified: 8, ExperiencedContinuing: 8, ExperiencedChanging: 8, InexperiencedWithGoal: 8, InexperiencedNoGoal: 8);
}
