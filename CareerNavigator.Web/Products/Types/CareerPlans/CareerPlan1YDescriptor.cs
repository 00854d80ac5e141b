using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

public sealed class CareerPlan1YDescriptor : CareerPlanDescriptor
{
    public const ProductType Kind = ProductType.CareerPlan1Y;
    public override ProductType Type => Kind;
    public override int Years => 1;
    public override string Title => "1-year plan";
    public override string Summary => "Quarter-by-quarter steps towards your next role.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Flag;
    public override GroupRanks Ranks => new(Unclassified: 2, ExperiencedContinuing: 3, ExperiencedChanging: 1, InexperiencedWithGoal: 1, InexperiencedNoGoal: 3);
}
