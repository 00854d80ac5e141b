using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.DemoData;

public static partial class DemoPersonas
{
    private static DemoPersona Chinedu() => new(
        Email: "chinedu@demo.careernavigator.local",
        DisplayName: "Chinedu Okafor",
        Group: UserGroup.ExperiencedChanging,
        Description: "Secondary-school chemistry teacher in Lagos with 7 years of experience, retraining in SQL, Python and statistics to become a data analyst.",
        Profile: ChineduProfile,
        Jobs: ChineduJobs,
        Courses: ChineduCourses,
        Education: ChineduEducation,
        GoalOccupationUri: "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2");

    private static UserProfile ChineduProfile() => new()
    {
        CareerGoals = "Move from teaching chemistry into a data analyst role, starting in education, health or public-sector data. I want the change because I enjoy the analysis behind teaching (tracking results and finding patterns) more than the classroom routine, I want my work to have impact beyond one school, and data roles offer clearer growth and better pay than teaching.",
        ShortTermGoals = "Within 6 months: finish a portfolio of three projects (school performance analysis, a public health dataset, a SQL case study), learn a BI tool such as Power BI, and land a junior or associate data analyst role, ideally at an edtech company or NGO.",
        LongTermGoals = "In 3–5 years: be a senior data analyst or analytics lead in education or healthcare, in an organisation that uses data to improve learning outcomes across Africa, and mentor teachers who want to make the same move.",
        CvContent = """
            CHINEDU OKAFOR
            Chemistry Teacher moving into Data Analysis | Lagos, Nigeria
            chinedu@demo.careernavigator.local | linkedin.com/in/chinedu-okafor-data

            PROFILE
            Chemistry teacher (7 years, MSc Analytical Chemistry) who builds assessment dashboards and
            analyses exam data to guide teaching. Retraining in SQL, Python and statistics for data analysis.

            EXPERIENCE
            Chemistry Teacher & Assessment Coordinator, Crestfield International College, Lagos (Sep 2020 – present)
            - Built an Excel dashboard tracking results of 600 students in 12 subjects, used by school leadership
            - Analysed three years of exam data; targeted revision raised average chemistry scores by 11 points
            - Trained 15 colleagues to analyse grades with spreadsheets
            Chemistry Teacher, Harbourview Secondary School, Lagos (Sep 2018 – Jul 2020)
            - Raised the WASSCE chemistry credit pass rate from 58% to 79% over two cohorts
            - Coached the science quiz team to the Lagos State finals

            EDUCATION
            MSc Chemistry (Analytical Chemistry), Udi Hills University, Enugu (2015–2017), Distinction
            BSc Chemistry, Udi Hills University, Enugu (2010–2014), Second Class Upper

            COURSES
            SQL for Data Analysis (40 h, 2024) | Python for Data Analysis with pandas (60 h, 2024)
            Applied Statistics for Analysts (45 h, 2025)

            SKILLS
            SQL, Python (pandas, matplotlib), Excel (pivot tables), statistics, data visualisation, presenting findings

            LANGUAGES
            English (C2), Igbo (native), Yoruba (B1)
            """,
        FullName = "Chinedu Okafor",
        LinkedinProfileUrl = "https://www.linkedin.com/in/chinedu-okafor-data",
        LifeProfile = "I was born in Enugu and have lived in Lagos since 2018, where I teach chemistry. I am married with a young daughter, so a realistic, stable transition plan matters a lot to me. Teaching showed me that I enjoy the spreadsheets and the patterns in my students' results as much as the lessons themselves. I study data analysis in the evenings and at weekends, and I relax by playing five-a-side football and listening to highlife music.",
        Age = 33,
        BirthCountry = "Nigeria",
        BirthCity = "Enugu",
        CurrentLocation = "Lagos, Nigeria",
        DesiredJobLocations = ["Lagos, Nigeria", "Remote", "Manchester, United Kingdom"],
        Languages =
        [
            new LanguageSkill("English", "C2"),
            new LanguageSkill("Igbo", "native"),
            new LanguageSkill("Yoruba", "B1"),
        ],
        Culture = "Nigerian (Igbo); family-oriented, values respect and hard work",
    };

    private static IReadOnlyList<JobExperience> ChineduJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Harbourview Secondary School",
            Position = "Chemistry Teacher",
            Description = "Taught chemistry to senior secondary classes (SS1–SS3) and ran the chemistry laboratory.",
            StartDate = new DateOnly(2018, 9, 3),
            EndDate = new DateOnly(2020, 7, 24),
            IsCurrent = false,
            Location = "Lagos, Nigeria",
            Achievements =
            [
                "Raised the WASSCE chemistry credit pass rate from 58% to 79% over two cohorts",
                "Set up the school's first laboratory safety and stock log",
                "Coached the science quiz team to the Lagos State finals",
            ],
            SkillsUsed = ["Lesson planning", "Laboratory management", "Classroom assessment", "Excel", "Public speaking"],
        },
        new JobExperience
        {
            CompanyName = "Crestfield International College",
            Position = "Chemistry Teacher and Assessment Coordinator",
            Description = "Teaches chemistry to senior classes and coordinates the school's assessment data and reporting.",
            StartDate = new DateOnly(2020, 9, 7),
            EndDate = null,
            IsCurrent = true,
            Location = "Lagos, Nigeria",
            Achievements =
            [
                "Built an Excel dashboard tracking results of 600 students across 12 subjects, adopted by school leadership",
                "Analysed three years of exam data to find weak topics; targeted revision lifted average chemistry scores by 11 points",
                "Trained 15 colleagues to analyse their grades with spreadsheets",
            ],
            SkillsUsed = ["Excel (pivot tables)", "Data analysis", "SQL", "Python (pandas)", "Stakeholder communication", "Curriculum design"],
        },
    ];

    private static IReadOnlyList<Course> ChineduCourses() =>
    [
        new Course
        {
            CourseName = "SQL for Data Analysis",
            Institution = "Datapath Academy",
            Provider = "Datapath Academy Online",
            Description = "Querying relational databases for analysis: joins, aggregation, subqueries and window functions, with weekly case studies.",
            CompletionDate = new DateOnly(2024, 3, 15),
            CertificateUrl = "https://datapath-academy.example/certificates/sql-da-30415",
            SkillsLearned = ["SQL", "Joins and aggregation", "Window functions", "PostgreSQL"],
            DurationHours = 40,
        },
        new Course
        {
            CourseName = "Python for Data Analysis with pandas",
            Institution = "Datapath Academy",
            Provider = "Datapath Academy Online",
            Description = "Data cleaning, reshaping and visualisation in Python; capstone analysis of a public education dataset.",
            CompletionDate = new DateOnly(2024, 8, 30),
            CertificateUrl = "https://datapath-academy.example/certificates/py-da-31872",
            SkillsLearned = ["Python", "pandas", "matplotlib", "Jupyter notebooks", "Data cleaning"],
            DurationHours = 60,
        },
        new Course
        {
            CourseName = "Applied Statistics for Analysts",
            Institution = "Open Quant School",
            Provider = "Open Quant School",
            Description = "Descriptive statistics, probability, hypothesis testing, confidence intervals, linear regression and A/B testing.",
            CompletionDate = new DateOnly(2025, 2, 14),
            CertificateUrl = "https://openquant.example/verify/stats-analysts-9921",
            SkillsLearned = ["Hypothesis testing", "Regression", "A/B testing", "Confidence intervals"],
            DurationHours = 45,
        },
    ];

    private static IReadOnlyList<AcademicRecord> ChineduEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Udi Hills University",
            Degree = "BSc",
            FieldOfStudy = "Chemistry",
            StartDate = new DateOnly(2010, 10, 4),
            EndDate = new DateOnly(2014, 7, 31),
            Gpa = 3.5,
            Honors = "Second Class Upper",
            Description = "Core chemistry degree with modules in physical, organic and analytical chemistry and introductory statistics.",
            Location = "Enugu, Nigeria",
        },
        new AcademicRecord
        {
            InstitutionName = "Udi Hills University",
            Degree = "MSc",
            FieldOfStudy = "Chemistry (Analytical Chemistry)",
            StartDate = new DateOnly(2015, 10, 5),
            EndDate = new DateOnly(2017, 11, 30),
            Gpa = 3.7,
            Honors = "Distinction",
            Description = "Thesis: spectrophotometric determination of heavy metals in borehole water, with statistical analysis of repeated lab measurements.",
            Location = "Enugu, Nigeria",
        },
    ];
}
