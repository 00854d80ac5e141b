using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.DemoData;

/// <summary>One demo job seeker: account details plus a complete profile.</summary>
/// <remarks>The factories create fresh entity instances on every call, so each seeding run gets its own objects.</remarks>
public sealed record DemoPersona(
    string Email,
    string DisplayName,
    UserGroup Group,
    string Description,
    Func<UserProfile> Profile,
    Func<IReadOnlyList<JobExperience>> Jobs,
    Func<IReadOnlyList<Course>> Courses,
    Func<IReadOnlyList<AcademicRecord>> Education);

/// <summary>Four demo job seekers, one per <see cref="UserGroup"/>. All names, companies and institutions are fictional.</summary>
public static class DemoPersonas
{
    public static IReadOnlyList<DemoPersona> All { get; } = [Lucia(), Chinedu(), Angelica(), Kacper()];

    // ---------------------------------------------------------------------------------------------
    // 1. Experienced, continuing: senior backend engineer in Madrid
    // ---------------------------------------------------------------------------------------------

    private static DemoPersona Lucia() => new(
        Email: "lucia@demo.careernavigator.local",
        DisplayName: "Lucía Fernández",
        Group: UserGroup.ExperiencedContinuing,
        Description: "Senior backend engineer in Madrid with 9 years in payments and logistics platforms, aiming for staff engineer or engineering lead.",
        Profile: LuciaProfile,
        Jobs: LuciaJobs,
        Courses: LuciaCourses,
        Education: LuciaEducation);

    private static UserProfile LuciaProfile() => new()
    {
        CareerGoals = "Grow from senior backend engineer to staff engineer in platform-heavy domains such as logistics and payments: owning cross-team architecture, raising the technical bar and mentoring others, with the option of moving into an engineering lead role.",
        ShortTermGoals = "In the next 12 months: lead the cross-team event-platform initiative at Meridiana end to end, present two architecture proposals to the technical leadership group, formally mentor two engineers, and deepen my Kubernetes and cloud cost-optimisation skills.",
        LongTermGoals = "Within 3–5 years: work as a staff or principal engineer (or manager of a platform team) at a European product company, setting technical direction for several teams, and give one or two talks a year at engineering conferences.",
        CvContent = """
            LUCÍA FERNÁNDEZ MARTÍN
            Senior Backend Software Engineer | Madrid, Spain
            lucia@demo.careernavigator.local | linkedin.com/in/lucia-fernandez-backend

            SUMMARY
            Backend engineer with 9 years of experience building high-traffic APIs and event-driven
            systems for logistics and payments in C#/.NET, Go and PostgreSQL. Mentor and architecture lead.

            EXPERIENCE
            Senior Backend Engineer, Meridiana Logistics Tech, Madrid (Jun 2022 – present)
            - Led the move of the shipment-tracking monolith to event-driven services; p95 latency 1.2 s -> 180 ms
            - Mentored four engineers; introduced architecture decision records now used by six teams
            Backend Engineer, Ribera Payments, Valencia (Mar 2019 – May 2022)
            - Designed an idempotent payment-capture API processing 2M transactions per month
            - Cut nightly reconciliation from 4 hours to 25 minutes
            Junior Backend Developer, Azahar Software, Valencia (Sep 2016 – Feb 2019)
            - Built REST APIs and integrations for 40+ e-commerce clients; migrated apps to .NET Core

            EDUCATION
            BSc Computer Engineering, Universidad Politécnica del Turia, Valencia (2012–2016), GPA 3.4/4.0

            COURSES & CERTIFICATIONS
            Distributed Systems Design in Practice (2020) | Kubernetes for Application Developers (2023)
            Engineering Leadership Foundations (2024)

            SKILLS
            C#, .NET 8, Go, PostgreSQL, Kafka, RabbitMQ, Docker, Kubernetes, observability, system design

            LANGUAGES
            Spanish (native), Catalan/Valencian (C1), English (C1)
            """,
        LinkedinProfileUrl = "https://www.linkedin.com/in/lucia-fernandez-backend",
        LifeProfile = "I grew up in Valencia, where my father ran a small electronics repair shop and I spent afternoons taking old radios apart. I studied computer engineering in my home city and moved to Madrid in 2022 for a role in logistics tech. I live with my partner and our dog, and at weekends I go climbing and volunteer at a coding club for teenage girls. I do my best work in teams that write things down, give honest feedback and protect time for deep work.",
        Age = 32,
        BirthCountry = "Spain",
        BirthCity = "Valencia",
        CurrentLocation = "Madrid, Spain",
        DesiredJobLocations = ["Madrid, Spain", "Barcelona, Spain", "Remote (EU)"],
        Languages =
        [
            new LanguageSkill("Spanish", "native"),
            new LanguageSkill("Catalan", "C1"),
            new LanguageSkill("English", "C1"),
        ],
        Culture = "Spanish; collaborative and direct, values work-life balance",
    };

    private static IReadOnlyList<JobExperience> LuciaJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Azahar Software",
            Position = "Junior Backend Developer",
            Description = "Built and maintained REST APIs and back-office integrations for small and mid-sized e-commerce clients.",
            StartDate = new DateOnly(2016, 9, 1),
            EndDate = new DateOnly(2019, 2, 28),
            IsCurrent = false,
            Location = "Valencia, Spain",
            Achievements =
            [
                "Built the order-export module used by more than 40 client shops",
                "Introduced automated integration tests, raising core API coverage from 20% to 65%",
                "Migrated three client applications from .NET Framework 4.6 to .NET Core 2.1",
            ],
            SkillsUsed = ["C#", "ASP.NET Core", "SQL Server", "REST APIs", "Git"],
        },
        new JobExperience
        {
            CompanyName = "Ribera Payments",
            Position = "Backend Engineer",
            Description = "Worked on the payment-processing core: card capture, refunds and settlement reconciliation.",
            StartDate = new DateOnly(2019, 3, 11),
            EndDate = new DateOnly(2022, 5, 31),
            IsCurrent = false,
            Location = "Valencia, Spain",
            Achievements =
            [
                "Designed an idempotent payment-capture API processing 2 million transactions per month",
                "Reduced the nightly reconciliation batch from 4 hours to 25 minutes",
                "Cut production incidents by 35% by rewriting alerts and on-call runbooks",
            ],
            SkillsUsed = ["C#", ".NET", "PostgreSQL", "RabbitMQ", "Docker", "Observability"],
        },
        new JobExperience
        {
            CompanyName = "Meridiana Logistics Tech",
            Position = "Senior Backend Engineer",
            Description = "Senior engineer on the shipment-tracking platform used by carriers and retailers across southern Europe.",
            StartDate = new DateOnly(2022, 6, 13),
            EndDate = null,
            IsCurrent = true,
            Location = "Madrid, Spain",
            Achievements =
            [
                "Led the migration of the shipment-tracking monolith to event-driven services, cutting p95 latency from 1.2 s to 180 ms",
                "Mentored four engineers, two of whom were promoted within 18 months",
                "Introduced an architecture decision record process now used by six teams",
            ],
            SkillsUsed = ["C#", ".NET 8", "Go", "Kafka", "PostgreSQL", "Kubernetes"],
        },
    ];

    private static IReadOnlyList<Course> LuciaCourses() =>
    [
        new Course
        {
            CourseName = "Distributed Systems Design in Practice",
            Institution = "Cloudforge Academy",
            Provider = "Cloudforge Academy Online",
            Description = "Consistency models, partitioning, replication, idempotency and failure handling, with hands-on labs.",
            CompletionDate = new DateOnly(2020, 11, 20),
            CertificateUrl = "https://certificates.cloudforge.example/dsd/LF-20201120",
            SkillsLearned = ["System design", "Event sourcing", "Distributed transactions", "Resilience patterns"],
            DurationHours = 30,
        },
        new Course
        {
            CourseName = "Kubernetes for Application Developers",
            Institution = "Stackwise Learning",
            Provider = "Stackwise Learning",
            Description = "Certification course covering deployments, configuration, probes, networking and troubleshooting.",
            CompletionDate = new DateOnly(2023, 4, 14),
            CertificateUrl = "https://verify.stackwise.example/k8s-dev/58213",
            SkillsLearned = ["Kubernetes", "Helm", "Container networking", "Troubleshooting"],
            DurationHours = 40,
        },
        new Course
        {
            CourseName = "Engineering Leadership Foundations",
            Institution = "Lumen Leadership Institute",
            Provider = "Lumen Leadership Institute",
            Description = "Cohort-based programme on technical leadership, mentoring, feedback and driving cross-team decisions.",
            CompletionDate = new DateOnly(2024, 10, 5),
            CertificateUrl = "https://lumen-leadership.example/certificates/elf-2024-1187",
            SkillsLearned = ["Mentoring", "Giving feedback", "Technical strategy", "Stakeholder management"],
            DurationHours = 24,
        },
    ];

    private static IReadOnlyList<AcademicRecord> LuciaEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Universidad Politécnica del Turia",
            Degree = "BSc",
            FieldOfStudy = "Computer Engineering",
            StartDate = new DateOnly(2012, 9, 15),
            EndDate = new DateOnly(2016, 6, 30),
            Gpa = 3.4,
            Honors = "Best final-year project in software engineering (2016)",
            Description = "Software engineering track. Final-year project: a fault-tolerant message queue for IoT sensor data.",
            Location = "Valencia, Spain",
        },
    ];

    // ---------------------------------------------------------------------------------------------
    // 2. Experienced, changing: chemistry teacher in Lagos moving into data analysis
    // ---------------------------------------------------------------------------------------------

    private static DemoPersona Chinedu() => new(
        Email: "chinedu@demo.careernavigator.local",
        DisplayName: "Chinedu Okafor",
        Group: UserGroup.ExperiencedChanging,
        Description: "Secondary-school chemistry teacher in Lagos with 7 years of experience, retraining in SQL, Python and statistics to become a data analyst.",
        Profile: ChineduProfile,
        Jobs: ChineduJobs,
        Courses: ChineduCourses,
        Education: ChineduEducation);

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

    // ---------------------------------------------------------------------------------------------
    // 3. Inexperienced, with goal: final-year nursing student aiming for paediatric nursing abroad
    // ---------------------------------------------------------------------------------------------

    private static DemoPersona Angelica() => new(
        Email: "angelica@demo.careernavigator.local",
        DisplayName: "Angelica Reyes",
        Group: UserGroup.InexperiencedWithGoal,
        Description: "Final-year nursing student in Quezon City working part-time as a care assistant, set on becoming a registered paediatric nurse abroad.",
        Profile: AngelicaProfile,
        Jobs: AngelicaJobs,
        Courses: AngelicaCourses,
        Education: AngelicaEducation);

    private static UserProfile AngelicaProfile() => new()
    {
        CareerGoals = "Become a registered nurse specialising in paediatrics: first pass the Philippine nurse licensure exam, then work in a children's hospital abroad, ideally in Ireland or the United Kingdom.",
        ShortTermGoals = "Graduate in June 2026, pass the Nurse Licensure Examination in November 2026, reach IELTS Academic 7.0 in every band, and gain 1–2 years of hospital experience on a paediatric ward in Metro Manila.",
        LongTermGoals = "Within 5 years: work as a registered paediatric nurse in Ireland or the UK, then specialise in neonatal or paediatric intensive care, and later study for a master's degree in child health nursing.",
        CvContent = """
            ANGELICA REYES
            Final-year BSc Nursing student | Quezon City, Philippines
            angelica@demo.careernavigator.local | linkedin.com/in/angelica-reyes-nursing

            PROFILE
            Final-year nursing student with a strong interest in paediatric care, hands-on experience
            as a part-time care assistant and clinical rotations in paediatric and maternal wards.

            EDUCATION
            BSc Nursing, Northbay College of Health Sciences, Quezon City (2022 – expected Jun 2026)
            GPA 3.6/4.0, Dean's Lister 2023–2025
            - 180 hours of clinical rotation on a paediatric ward
            - Capstone: family education programme for children with asthma

            EXPERIENCE
            Care Assistant (part-time), Sampaguita Senior Care Home, Quezon City (Jun 2024 – present)
            - Personal care, vital signs and daily records for 12 residents on evening and weekend shifts
            - Helped introduce a fall-risk checklist for night shifts
            - Employee of the Month, March 2025

            CERTIFICATIONS
            Standard First Aid and Basic Life Support (16 h, 2023)
            Paediatric Basic Life Support (8 h, 2025)

            SKILLS
            Vital signs monitoring, patient hygiene and comfort, infection control, documentation,
            communicating with families, teamwork under pressure

            LANGUAGES
            Filipino (native), Hiligaynon (native), English (C1)
            """,
        LinkedinProfileUrl = "https://www.linkedin.com/in/angelica-reyes-nursing",
        LifeProfile = "I grew up in Iloilo City as the eldest of four children, and looking after my younger siblings is what first made me want to work with children. I moved to Quezon City for nursing school and work part-time at a care home to help pay my fees. My aunt is a nurse in Dublin, and her stories convinced me to plan for a career abroad. Outside my studies I sing in our parish choir and love baking for my classmates.",
        Age = 22,
        BirthCountry = "Philippines",
        BirthCity = "Iloilo City",
        CurrentLocation = "Quezon City, Philippines",
        DesiredJobLocations = ["Dublin, Ireland", "London, United Kingdom", "Manila, Philippines"],
        Languages =
        [
            new LanguageSkill("Filipino", "native"),
            new LanguageSkill("Hiligaynon", "native"),
            new LanguageSkill("English", "C1"),
        ],
        Culture = "Filipino; family-centred, caring and hospitable",
    };

    private static IReadOnlyList<JobExperience> AngelicaJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Sampaguita Senior Care Home",
            Position = "Care Assistant (part-time)",
            Description = "Evening and weekend shifts supporting elderly residents with daily living, under the supervision of registered nurses.",
            StartDate = new DateOnly(2024, 6, 3),
            EndDate = null,
            IsCurrent = true,
            Location = "Quezon City, Philippines",
            Achievements =
            [
                "Provides personal care and records vital signs for 12 residents per shift",
                "Helped introduce a simple fall-risk checklist for night shifts",
                "Named Employee of the Month in March 2025",
            ],
            SkillsUsed = ["Personal care", "Vital signs monitoring", "Infection control", "Patient communication", "Care documentation"],
        },
    ];

    private static IReadOnlyList<Course> AngelicaCourses() =>
    [
        new Course
        {
            CourseName = "Standard First Aid and Basic Life Support",
            Institution = "Lifeline Training Institute",
            Provider = "Lifeline Training Institute",
            Description = "Classroom and practical training in first aid, adult CPR, AED use and choking management.",
            CompletionDate = new DateOnly(2023, 7, 15),
            CertificateUrl = "https://lifeline-training.example/certificates/sfa-bls-230715-0442",
            SkillsLearned = ["First aid", "Adult CPR", "AED use", "Choking management"],
            DurationHours = 16,
        },
        new Course
        {
            CourseName = "Paediatric Basic Life Support",
            Institution = "Lifeline Training Institute",
            Provider = "Lifeline Training Institute",
            Description = "Infant and child CPR, recognising the seriously ill child, and airway management for children.",
            CompletionDate = new DateOnly(2025, 1, 25),
            CertificateUrl = "https://lifeline-training.example/certificates/pbls-250125-0187",
            SkillsLearned = ["Infant and child CPR", "Paediatric assessment", "Airway management"],
            DurationHours = 8,
        },
    ];

    private static IReadOnlyList<AcademicRecord> AngelicaEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Northbay College of Health Sciences",
            Degree = "BSc",
            FieldOfStudy = "Nursing",
            StartDate = new DateOnly(2022, 8, 15),
            EndDate = new DateOnly(2026, 6, 30),
            Gpa = 3.6,
            Honors = "Dean's Lister (2023–2025)",
            Description = "Clinical rotations in paediatric, maternal and community health, including 180 hours on a paediatric ward. Capstone: a family education programme for childhood asthma.",
            Location = "Quezon City, Philippines",
        },
    ];

    // ---------------------------------------------------------------------------------------------
    // 4. Inexperienced, no goal yet: recent school leaver in Łódź
    // ---------------------------------------------------------------------------------------------

    private static DemoPersona Kacper() => new(
        Email: "kacper@demo.careernavigator.local",
        DisplayName: "Kacper Nowak",
        Group: UserGroup.InexperiencedNoGoal,
        Description: "19-year-old school leaver from Łódź with a summer job behind him, interested in music, helping people and computers, still exploring what to do next.",
        Profile: KacperProfile,
        Jobs: KacperJobs,
        Courses: KacperCourses,
        Education: KacperEducation);

    private static UserProfile KacperProfile() => new()
    {
        CareerGoals = "Not sure yet — I'd like work that connects to something I care about: music, helping people or computers. I'm open to trying a few things before deciding whether to go to university, train for a specific job or start working.",
        ShortTermGoals = "Over the next 6–12 months: try a couple of short courses (programming, sound engineering), find a part-time job or volunteering where I help people, for example an IT help desk or a youth centre, and talk to people who work in the fields I'm curious about.",
        LongTermGoals = "I don't have a fixed plan yet. In a few years I'd like a stable job I enjoy, perhaps in IT support, sound engineering or a helping profession, and to have decided whether university (for example computer science or social work) is right for me.",
        CvContent = """
            KACPER NOWAK
            Łódź, Poland | kacper@demo.careernavigator.local | linkedin.com/in/kacper-nowak-lodz

            ABOUT ME
            Recent school leaver (matura 2025), friendly and reliable, good with people and with
            computers. Exploring options in IT, music and roles where I can help others.

            EDUCATION
            Secondary school diploma (matura), Nowy Horyzont Secondary School, Łódź (2021–2025)
            - Mathematics and computer science profile; extended English
            - Guitarist in the school band; helped run sound and tech for school events

            EXPERIENCE
            Seasonal Waiter and Kitchen Helper, Bałtycka Bryza Beach Café, Sopot (Jul – Aug 2025)
            - Served up to 150 guests a day in peak season
            - Trusted to close the café and cash up after the first month
            - Helped set up the new tablet ordering system and showed colleagues how to use it

            COURSES
            Introduction to Python Programming, OpenByte Academy (12 h, 2025)
            Home Music Production Basics, SoundCraft Online (8 h, 2025)

            SKILLS & INTERESTS
            Customer service, teamwork, basic Python, fixing computers and phones, guitar, music production

            LANGUAGES
            Polish (native), English (B2), German (A2)
            """,
        LinkedinProfileUrl = "https://www.linkedin.com/in/kacper-nowak-lodz",
        LifeProfile = "I'm 19 and live with my mum and younger sister in Łódź. I finished secondary school in 2025 and spent the summer working at a beach café in Sopot, which I enjoyed more than I expected because of the people. I've played guitar for six years, I make simple tracks on my laptop, and I'm usually the one friends and family call when their computer breaks. I don't know yet which of these could become a career, and I'd like some help working that out.",
        Age = 19,
        BirthCountry = "Poland",
        BirthCity = "Łódź",
        CurrentLocation = "Łódź, Poland",
        DesiredJobLocations = ["Łódź, Poland", "Warsaw, Poland", "Remote"],
        Languages =
        [
            new LanguageSkill("Polish", "native"),
            new LanguageSkill("English", "B2"),
            new LanguageSkill("German", "A2"),
        ],
        Culture = "Polish; easy-going, values honesty and friendship",
    };

    private static IReadOnlyList<JobExperience> KacperJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Bałtycka Bryza Beach Café",
            Position = "Seasonal Waiter and Kitchen Helper",
            Description = "Summer job at a busy seaside café: taking orders, serving tables, helping in the kitchen and closing up.",
            StartDate = new DateOnly(2025, 7, 1),
            EndDate = new DateOnly(2025, 8, 31),
            IsCurrent = false,
            Location = "Sopot, Poland",
            Achievements =
            [
                "Served up to 150 guests a day during peak season",
                "Trusted to close the café and cash up alone after the first month",
                "Helped set up the new tablet ordering system and showed colleagues how to use it",
            ],
            SkillsUsed = ["Customer service", "Teamwork", "Cash handling", "Working under pressure", "Basic tech troubleshooting"],
        },
    ];

    private static IReadOnlyList<Course> KacperCourses() =>
    [
        new Course
        {
            CourseName = "Introduction to Python Programming",
            Institution = "OpenByte Academy",
            Provider = "OpenByte Academy",
            Description = "Beginner online course: variables, loops, functions and a small final project (a quiz game).",
            CompletionDate = new DateOnly(2025, 9, 20),
            CertificateUrl = "https://openbyte.example/certificates/intro-python-77310",
            SkillsLearned = ["Python basics", "Problem solving", "Debugging"],
            DurationHours = 12,
        },
        new Course
        {
            CourseName = "Home Music Production Basics",
            Institution = "SoundCraft Online",
            Provider = "SoundCraft Online",
            Description = "Short online course on recording, arranging and mixing music at home with free software.",
            CompletionDate = new DateOnly(2025, 10, 18),
            CertificateUrl = "https://soundcraft-online.example/certificates/hmp-20251018-412",
            SkillsLearned = ["Audio recording", "Mixing basics", "Digital audio workstations"],
            DurationHours = 8,
        },
    ];

    private static IReadOnlyList<AcademicRecord> KacperEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Nowy Horyzont Secondary School",
            Degree = "Secondary school diploma",
            FieldOfStudy = "General education (mathematics and computer science profile)",
            StartDate = new DateOnly(2021, 9, 1),
            EndDate = new DateOnly(2025, 6, 27),
            Gpa = 3.2,
            Honors = "Certificate of appreciation for school volunteering (2024)",
            Description = "Matura exams in Polish, mathematics, English (extended level) and computer science. Played guitar in the school band and helped run sound and tech for school events.",
            Location = "Łódź, Poland",
        },
    ];
}
