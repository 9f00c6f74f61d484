"""The hand-judged real site sets: where they live, their development sites, which are retired.

Shared by falsealarms.py, veto_data.py and the census scripts; each site helper appends its set to
SETS (with a comment naming its sites and kinds) and the lead moves a set into RETIRED when its
check half joins the development pool.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path("/work/realtext")
# Each set: its folder and its dev sites (empty: flat numbered pages, odd numbers are dev).
SETS: dict[str, tuple[str, ...]] = {
    "C": (),
    "D": ("droitwich-chiro", "sepwd-tcm", "nuxt-medical-blog"),
    "F": ("dental-vip", "physio-blr", "hearing-buddy", "thrive-chiro", "vdentist"),
    # Session 21 (siteP): an audiology practice and a homeopathy charity's articles; check
    # sites right-accord (an elderly home-care provider's blog), fibrohell (a patient's
    # fibromyalgia blog) and usdaily-news (a machine-written news site). The earlier set P (evnd-naturopath, slim-spa, naomi-fisher) was lost
    # with the old machine; its name is reused for the fresh set at /work/realtext/P.
    "P": ("boutique-hearing", "homeopathy-uk"),
    "Q": ("moodtracker-blog", "rch4-als", "exnerd-diabetes"),
    "R": ("rutherford-health", "synctherapy", "onslow-foundation"),
    "S": ("vegas-healthcare", "decentmed", "riverview-hospital"),
    "T": ("shah-dental", "avm-malawi", "perceptive-counseling"),
    "V": ("neiu-health", "city-eye", "incinta-fertility"),
    "W": ("nhs-beta", "mjff-foundation", "vpchc-health"),
    # Session 15 (siteX): blogs, a shop, a coach, a magazine and a news digest.
    "X": ("epoque-mag", "devstar-wellness", "byoh-coaching"),
    # Session 16 (siteY): a hospital, a physio clinic, a supplement maker, a patient wiki, a
    # methods blog and a coach; check sites pmean-stats, mlmc-hospital, loreen-coach.
    "Y": ("innovite-health", "bodywise-pt", "mastcell-help"),
    # Session 16 (siteZ): a coach, a supplement shop, a charity, a research-links digest, a
    # dental practice and a nutrition blog; check sites lemire-links, ferndale-dental, rmd-nutrition.
    "Z": ("sovereign-fdn", "strive-collagen", "cncf-charity"),
    # Session 17 (siteG): a Down syndrome charity, a chiropractic clinic, a supplement affiliate
    # seller, a remedies blog, a patient's gut-healing blog and a student disease-information
    # blog; check sites amda-downsyndrome, clinic27-chiro, bioleanlab.
    "G": ("vizen-remedies", "gutfeel-patient", "discussmed"),
    # Session 17 (siteH): a physician group, a patient charity and a CBD shop's blog; check
    # sites labor-doula, badely-news (a BBC health-news mirror), macleod-naturopath.
    "H": ("medcorps-pulmonary", "rett-family-fund", "shaman-cbd"),
    # Session 18 (siteI): a condition charity, the NHS's prototype condition pages and a family
    # therapist; check sites ptc-fitness (a trainer directory), lamp-nurse (an ICU nurse's blog),
    # gish-liver (a hepatologist's paper abstracts).
    "I": ("elliots-touch", "nhs-conditions", "madison-mft"),
    # Session 18 (siteJ): a borough health department, a patient's cancer blog and an acupuncture
    # practice; check sites kff-briefing (a news tracker's health section), leela-gynae (a
    # gynaecology clinic), drberg-supplements (a supplement maker's product pages).
    "J": ("rboro-healthdept", "biglump-patient", "wisdomways-acu"),
    # Session 19 (siteL): a meal-delivery brand's wellness blog in a magazine's repository, a
    # respiratory society's advocacy pages and a naturopath; check sites sharingvision-optical
    # (an optical shop's eye-care blog), dddiaz-t1d (a patient's diabetes blog), vimc-news (a
    # vaccine-modelling consortium's notices).
    "L": ("doingbird-mag", "ers-advocacy", "taraburke-nd"),
    # Session 19 (siteK): a research-peptide seller's guides, a physician's blog and a
    # counselling practice; check sites rnf-dementia (a dementia charity), lakecity-coach (a health
    # coach and dietitian), cmu-uhs (a university health service's pages, scraped).
    "K": ("peptide-desk", "kornweiss-md", "bea-counselling"),
    # Session 20 (siteN): a county COVID-19 reporting site, an addiction-treatment practice and a
    # Chinese-medicine blog; check sites transform-pt (a personal-training studio's blog),
    # prowell-rpm (a remote-monitoring company's blog) and banjocam-pharm (a pharmacist's blog).
    "N": ("elevate360-therapy", "wcil-covid", "yinyang-tcm"),
    # Session 20 (siteM): a clinic group's specialty pages, a skincare affiliate blog and a
    # patient charity; check sites mindverse-news (a machine-written health "daily"),
    # dietitian-blog (a dietitian's pregnancy-nutrition blog), brookfield-chiro (a chiropractor).
    "M": ("thc-clinics", "sheenycare-skin", "cdcssg-charity"),
    # Session 21 (siteO): a wellbeing charity's signposting pages, a statisticians' blog and a
    # health-calculator site's fitness blog (added to dev after the first run: the first two gave
    # one finding); check sites perimenopause-guide (a woman's perimenopause guide),
    # payless-health (a non-profit's patient-advocacy guides) and balance-botanica (a CBD and
    # curcumin seller's blog).
    "O": ("halixia-wellbeing", "citizen-stats", "ft-healthtools"),
    # Session 22 (siteE): a physiotherapy clinic's blog and a supplement seller's blog and
    # product pages; check sites mindbodycacao (a psychotherapist's practice blog) and
    # medstudent-blog (a medical student's post on vaccines). Four sites, not six (time).
    "E": ("mo-therapy", "yourfitnature"),
    # Session 22 (siteU): a machine-written keto and weight-loss blog and an acupuncture
    # practice (its false alarms are one repeated sidebar widget of news teasers); check sites
    # fairfield-dental (a dental practice's blog) and drnadiv-peds (a paediatrician's blog).
    "U": ("greenlife-keto", "hemel-acupuncture"),
    # Session 22 (siteB): a national heart foundation's charity pages and an Ayurveda practice's
    # programme page; check sites womens-guide (a women's health guide), smarther-news (a
    # women's news newsletter's health cards) and fitosaurus (a nutrition blog). Five sites.
    "B": ("heart-fdn", "ayushya-ayurveda"),
    # Session 22 (siteA): a personal wellness and gut-healing blog and a psychiatric practice's
    # blog; check sites ssdp-drugpolicy (a student drug-policy charity's blog, WordPress export)
    # and eritage-ent (an ENT clinic's articles). Four sites, not six (time).
    "A": ("rockmonkey-wellness", "mpc-psych"),
    # Session 23 (siteBB): a CBD industry writer's article portal and a high-school
    # childhood-cancer charity club's posts (a psychiatry clinic's blog was claimed but no page
    # stored); check sites kibworth-osteo (an osteopath's blog), runcoach-26weeks (a marathon
    # coaching app's machine-written blog) and dermcos-skin (a dermatology clinic's PHP pages).
    "BB": ("cbd-portal", "charity", "empathy-psych"),
    # Session 23 (siteAA): a qigong and Chinese-medicine school's newsletter articles and a
    # registered dietitian's sports-nutrition blog; check sites precious-doula (a doula and
    # childbirth-education service's pages), mhc-menshealth (a clinic group's men's and
    # sexual-health articles) and swr-healthblog (a statistician's COVID-vaccine news commentary,
    # added before its own first run). Five sites, not six (no hospital site found in time).
    "AA": ("shouyu-tcm", "kayo-dietitian"),
    # Session 24 (siteDD): a chiropractic practice's "network spinal" articles, a prion-disease
    # research foundation's news posts and a counselling centre's articles; check sites
    # pdb-dental (an emergency dental clinic's blog), rocio-nutrition (a nutrition coach's blog,
    # in the slot of a lorem-ipsum coach site dropped before any run) and lehigh-pharmacy (a
    # community pharmacy's service pages).
    "DD": ("anttz-chiro", "prion-alliance", "css-counseling"),
    # Session 24 (siteCC): a state health department's immunization pages (a public-health
    # body), a direct-primary-care family practice's blog and a patient's endometriosis
    # articles; check sites scichron-mag (a science magazine's health and nutrition articles)
    # and success-chem (a supplement shop's product guides). cdcssg-charity (a syndrome support
    # charity), drawn as a check site, was set M's dev site in session 20: moved to dev by the
    # lead before the set was used (its 2 findings and 2 units were both right).
    "CC": ("amber-endo", "cdcssg-charity", "forward-fm", "tx-immunize"),
    # Session 24 (siteEE): a fertility clinic's patient handbook, a sports-medicine and
    # orthopaedic practice and an optometry practice's blog (in the slot of a skin clinic whose
    # pages were all over the size cap, dropped before any page was stored); check sites
    # mskcc-pated (a cancer centre's patient-education leaflets), landmark-aesthetics (an
    # aesthetics clinic's service pages) and gregory-ms (an MS patient's research-aggregator site).
    "EE": ("newhope-fertility", "myers-sportsmed", "iec-eyecare"),
    # Session 24 (siteFF): a national kidney charity's WordPress page templates and a
    # mood-tracking app's blog (set Q's dev site of the same key, not fresh); the third dev slot
    # (a supplement brand's blog) stayed empty: the drawn blog is in shared/data/wild and two
    # replacements were taken or placeholder sites. Check sites tufts-medsupp (a health
    # insurer's Medigap plan pages), inspired-to-move (a Pilates and meditation studio) and
    # dreamweight-coach (a dietitian's weight-loss coaching programme).
    "FF": ("nord-renal", "moodtracker-blog"),
    # Set GG (session 24, siteGG): dev sites heilmittel-homeo (a homeopathy clinic's PHP pages) and
    # la-hearing (a hearing-aid retailer's blog; waytohealth, a digital-health platform drawn dev,
    # was dropped before any page was stored: its prose is all in front matter); check sites
    # bundles-midwife (a midwife's pages, in gentlebirth-midwife's slot), friendly-homecare (a
    # home-care agency's advice articles) and mattress-zombie (a mattress and sleep advice site).
    "GG": ("heilmittel-homeo", "la-hearing"),
    # Set II (session 25, siteII): a cardiologist's heart-disease education blog, the NYC health
    # department's environment and health data stories (a public-health body) and a plastic
    # surgeon's procedure pages (cosmetic surgery); check sites weightloss-tips (a weight-loss and
    # diet blog), varon-rett (a parents' Rett syndrome research foundation, patient advocacy) and
    # vignata-ivf (a fertility and IVF clinic's PHP pages).
    "II": ("drcil-cardio", "nyc-ehdp", "lewis-plastic"),
    # Set HH (session 25, siteHH): dev sites korperheil-physio (a physiotherapy clinic's blog),
    # rmd-nutrition (a holistic nutritionist's blog, in the supplement brand's place: none found)
    # and paula-counselling (an online counsellor's PHP service pages); check sites
    # burke-naturopath (a naturopathic doctor's posts and service pages) and skin-centre (a
    # dermatology clinic's PHP service pages). No hospital site was found: five sites.
    "HH": ("korperheil-physio", "rmd-nutrition", "paula-counselling"),
    # Set JJ (session 25, siteJJ): dev sites advance-rx (a compounding pharmacy's pages),
    # careforrare-fdn (a rare-disease children's charity with its Munich children's hospital) and
    # nurse-blog (an ICU nurse's blog, very probably set I's lamp-nurse); check sites
    # artegan-senior (a senior-living provider), mojotek-cbd (a CBD and hemp shop's pages) and
    # lullaby-sleep (a sleep clinic).
    "JJ": ("advance-rx", "careforrare-fdn", "nurse-blog"),
    # Set KK (session 25, siteKK): dev sites leela-gyn (a gynaecology and women's health clinic's
    # PHP pages), lotuspath-reiki (a Reiki practitioner's blog, alternative medicine) and
    # buttlane-dental (a UK dental practice's PHP pages); check sites pedsgi-blog (a paediatric
    # gastroenterologist's parent-education blog, children's health) and meaford-osteo (an
    # osteopathy clinic's PHP pages). No sports-nutrition brand's blog was found: five sites.
    "KK": ("leela-gyn", "lotuspath-reiki", "buttlane-dental"),
    # Set LL (session 25, siteLL): dev sites hitchcox-medspa (an aesthetics and medical weight-loss
    # clinic), vegaroo-vegan (a vegan advice and recipe site) and bharti-hearing (a hearing-aid and
    # audiology practice); check sites latimore-sober (a former boxer's sobriety and addiction
    # posts), eye2eye-care (an optometry practice) and sandytufts-doula (a birth doula, lactation
    # counsellor and placenta encapsulator).
    "LL": ("hitchcox-medspa", "vegaroo-vegan", "bharti-hearing"),
    # Set OO (session 26, siteOO): dev sites trillium-yoga (a yoga studio; one page stored, its
    # other pages are schedule stubs), petals-massage (a massage therapist who also teaches yoga and
    # meditation) and newchina-tcm (an acupuncture and Chinese herbal medicine clinic); check sites
    # ketofamily-blog (a family's keto and fasting blog) and edgar-coach (a personal trainer's
    # blog). No supplement shop was found, so five sites.
    "OO": ("trillium-yoga", "petals-massage", "newchina-tcm"),
    # Set MM (session 26, siteMM): dev sites ouska-podiatry (a podiatrist's service pages, in the
    # place of a trainer's blog: none found), sreenika-speech (a speech, hearing and child-therapy
    # clinic's PHP pages, in the acupuncture clinic's place: the one found was set OO's) and
    # happierme-blog (a mental-health app's blog); check sites vitality-chiro (a family
    # chiropractor) and allergyguide-ca (allergists' education pages, clinician notes). No
    # hospital news pages were found: five sites.
    "MM": ("ouska-podiatry", "sreenika-speech", "happierme-blog"),
    # Set NN (session 26, siteNN): dev sites udscc-derm (a dermatology and skin-cancer practice's
    # Jekyll pages), hlc-functional (a non-profit family and functional-medicine clinic, with its
    # nutritionist's seed-cycling article) and loopandlearn-t1d (a type 1 diabetes patient group's
    # newsletter on DIY automated insulin delivery); check sites acce-cancer (a cancer charity's
    # pages, all in YAML front matter) and empower-tz (an NGO's women's-health, water and
    # development posts, in the slot of rutherford-health, sets R's and J's health department,
    # dropped after the first run). No pharmacy blog that was not taken was found: five sites.
    "NN": ("udscc-derm", "hlc-functional", "loopandlearn-t1d"),
    # Set PP (session 26, sitePP): dev sites fisher-neuro (a UK clinical psychologist's pages on
    # autism, ADHD and neurodiversity: book pages and topic notes), allcare-hormone (a Florida
    # wellness and primary-care clinic with bioidentical hormone therapy) and t4k-therapy (a
    # paediatric occupational, physical and speech therapy practice); check sites alamo-podiatry (a
    # podiatry practice's condition pages and blog), mdhc-pain (a pain and addiction clinic) and
    # shekhar-ortho (an orthopaedic and sports-medicine surgeon's procedure pages). All six kinds
    # asked for, the autism and hormone kinds loosely.
    "PP": ("fisher-neuro", "allcare-hormone", "t4k-therapy"),
    # Set QQ (session 26, siteQQ): dev sites sci-pregnancy (a hospital blog's pregnancy and
    # baby-care posts), united-teledoc (a telehealth provider group's service pages) and
    # imc-urgent (an urgent care clinic, in the university health service's place: none found);
    # check sites allen-psych (a psychiatric nurse practitioner's practice with telepsychiatry)
    # and sync-gut (a wellness clinic's blog: a probiotic review and wellness posts, the gut-health
    # kind loosely). No eye or vision-therapy clinic in a readable format was found: five sites.
    "QQ": ("sci-pregnancy", "united-teledoc", "imc-urgent"),
    # Set TT (session 27, siteTT): dev sites breastmed-ibclc (a Glasgow breast doctor and IBCLC's
    # lactation practice), wichman-sportsmed (an orthopaedic sports-medicine practice's patient-care
    # pages) and lifeflower-herbal (a shop of hemp-infused herbal elixirs, balms and syrups); check
    # sites flatirons-recovery (an addiction-treatment programme's blog) and texas-specialty (a
    # sexual-health clinic: HIV and STI testing, PrEP, gender-affirming care; one page under the
    # cap). No migraine or neurology clinic and no eating-disorder centre in a readable format
    # were found: five sites.
    "TT": ("breastmed-ibclc", "wichman-sportsmed", "lifeflower-herbal"),
    # Set SS (session 27, siteSS): dev sites hhw-centre (a hair and wellness centre's PHP pages,
    # a second hair clinic taken as the fifth site; its pages read as empty, see bench/README.md),
    # autizum-aba (an autism and ABA therapy provider's service pages and team bios) and
    # natasha-hypno (a cognitive behavioural hypnotherapist's MDX blog); check sites unique-hair (a
    # hair-loss and hair-transplant clinic's PHP pages) and keegoid-longevity (a longevity and
    # biohacking blogger's routine post). No vein clinic or pharmacy blog in a readable format that
    # was not taken was found: five sites.
    "SS": ("hhw-centre", "autizum-aba", "natasha-hypno"),
    # Set RR (session 27, siteRR): dev sites omax-supplement (a fish-oil supplement brand's
    # advertorial articles), asksurgeons-blog (a surgeons' group patient blog, in the public-health
    # department's place: none found) and nehasood-ent (an ENT surgeon's condition pages and
    # blog); check sites aos-bariatric (a bariatric surgery practice) and auraveda-ayurveda (an
    # Ayurveda and Panchakarma clinic). No menopause clinic in a readable format was found: five
    # sites.
    "RR": ("omax-supplement", "asksurgeons-blog", "nehasood-ent"),
    # Set WW (session 28, siteWW): dev sites getweightloss (a UK pharmacist-led GLP-1 weight-loss
    # injection service's PHP templates; every page is over the size cap, so it holds no page),
    # homeopathica (a classical homeopath's Hugo pages) and chafale-neuro (a neurologist's Blade
    # condition pages and blog); check sites hvc-integrative (an integrative-medicine clinic's PHP
    # condition pages, in the hospital kind's place: none readable) and potaznick-ed (a counselor
    # specialising in eating disorders). No community pharmacy blog that was not taken was found:
    # five sites.
    "WW": ("getweightloss", "homeopathica", "chafale-neuro"),
    # Set UU (session 28, siteUU): dev sites drommurti-cardio (an interventional cardiologist's
    # personal site at a Kathmandu heart clinic, PHP), ycdi-coach (a health and nutrition coach's
    # Hugo site; every stored page is lorem ipsum, so it holds no page) and healthcarebia-iv (an
    # at-home IV drip and lab-test service in Dubai, its blog and drip pages); check sites
    # babu-charity (a Ugandan community foundation's girls' menstrual-health, WASH and malaria
    # pages, in the women's-health charity's place) and stemrx-regen (a stem-cell and
    # regenerative-medicine hospital's condition pages). No sleep clinic that was not taken was
    # found: five sites.
    "UU": ("drommurti-cardio", "ycdi-coach", "healthcarebia-iv"),
    # Set VV (session 28, siteVV): dev sites genderkit-info (a UK transgender health information
    # site's Jekyll articles with jekyll-scholar citation markers, in the public-health department's
    # place: none readable), bips-plastic (a Michigan plastic surgery institute's PHP pages) and
    # dxncare-mushroom (a Pakistani seller of DXN Ganoderma, cordyceps and lion's mane products,
    # Webflow rich text in Markdown front matter; healthlint crashes on its three pages at main
    # 9b37be37); check sites gotostepone-crohns (a patient's Crohn's disease blog),
    # periodental-implants (a periodontist's dental implant practice) and lasara-mens (a men's
    # hormone and sexual-health clinic, in the menopause clinic's place). Six sites.
    "VV": ("genderkit-info", "bips-plastic", "dxncare-mushroom"),
    # Set XX (session 29, siteXX): dev sites unleashed-physio (a home-visit physiotherapy practice
    # on the Wirral, PHP; every page is over the size cap, so it holds no page),
    # victoriarose-aesthetics (a Toronto medical aesthetics clinic's Blade blog, product and
    # injection pages) and yog-herbs (an Indian herbal supplement brand, PHP; every page over the
    # cap, no page); check sites thanvi-counselling (a counselling centre's PHP service pages),
    # pearl-ivf (a Mumbai fertility and IVF clinic's PHP pages) and rebekah-dietitian (a Sydney
    # dietitian's Gatsby Markdown service notes and recipes). All six kinds asked for.
    "XX": ("unleashed-physio", "victoriarose-aesthetics", "yog-herbs"),
    # Set ZZ (session 29, siteZZ): dev sites ashwani-ayurveda (an Ayurveda practice's PHP FAQ
    # sections on panchakarma and infertility), sassyroots-herbal (a herbalist's apothecary shop
    # and consultation pages, Eleventy Markdown) and spees-hearing (an Indian audiology, hearing-aid
    # and speech-therapy clinic's CodeIgniter views); check sites silverhealth-daily (a seniors'
    # health magazine's MDX articles), purevanity-medspa (a med spa's injectable and peel pages)
    # and mcdaniel-weightloss (a St Louis dietitian practice's weight-loss programme, Blade views).
    "ZZ": ("ashwani-ayurveda", "sassyroots-herbal", "spees-hearing"),
    # Set YY (session 29, siteYY): dev sites kidsland-dental (a paediatric dental practice's Hugo
    # pages), village-naturopath (a naturopathic doctor's journal articles, static HTML) and
    # mecfs-advocacy (an ME/CFS patient advocate's Jekyll site, patient advocacy); check sites
    # stluke-hospital (a Catholic hospital and nursing college in Ethiopia, PHP), sellis-coach (a
    # yoga teacher, personal trainer and breath coach, Hugo) and argent-pharmacy (a UK online
    # men's-health pharmacy's Blade views; every product page is over the size cap and its FAQ and
    # about pages are database stubs, so it holds no page). All six kinds asked for.
    "YY": ("kidsland-dental", "village-naturopath", "mecfs-advocacy"),
    # Set AB (session 29, siteAB): dev sites sacredlight-reiki (a Reiki, crystal and shamanic
    # healing centre's Blade views), davisgrove-peds (a paediatric practice's Gatsby Markdown) and
    # worldfit-protein (a protein-powder and weight-loss-shake maker's PHP shop pages and blog);
    # check sites lucifit-osteo (an osteopath's osteopathy, sports-therapy and massage pages,
    # Jekyll), gynaemd-women (a Singapore women's health and menopause clinic's gynaecology
    # articles, PHP) and thoughtarchive-heart (a health-information site's diabetes and
    # heart-health guides, Astro Markdown). All six kinds asked for.
    "AB": ("sacredlight-reiki", "davisgrove-peds", "worldfit-protein"),
    # Set AC (session 29, siteAC): dev sites purerelief-cbd (a North Carolina CBD maker and
    # shop's WordPress templates; two pages, the rest echo database fields or are over the cap),
    # abacoa-podiatry (a Florida podiatry and laser/regenerative practice's HTML blog partials, in
    # the chiropractor's place: the one found was set G's) and hairistanbul-clinic (an Istanbul
    # hair-transplant clinic's Astro blog); check sites pearls-physician (a resident physician's
    # Jekyll "clinical pearls" blog with jekyll-scholar cite tags, three posts), newpaths-recovery
    # (a Michigan addiction-treatment centre's PHP programme pages, mostly one-paragraph stubs) and
    # dfy-ngo (an Indian medical NGO's Jekyll programme pages). All six kinds asked for.
    "AC": ("purerelief-cbd", "abacoa-podiatry", "hairistanbul-clinic"),
    # Set AF (session 30, siteAF): dev sites nhs-massage (a massage studio's PHP service pages),
    # complete-dental (a San Diego cosmetic and general dentist's PHP pages) and drkwin-functional
    # (a naturopathic, functional-medicine doctor's Jekyll pages); check sites csn-cancer (a New
    # Mexico cancer-survivor support charity's PHP fragments, two pages) and mydiabetes-center (a
    # Memphis diabetes wellness and education site's PHP pages). Five sites of the six kinds asked
    # for: no pharmacy health blog was found unclaimed.
    "AF": ("nhs-massage", "complete-dental", "drkwin-functional"),
    # Set AE (session 30, siteAE): dev sites statesofmind-charity (a London young people's
    # mental-health charity's Jekyll journal posts), talksoon-speech (a Costa Rica speech-language
    # therapist's Eleventy blog) and centralcoast-derm (a North Carolina dermatology clinic's PHP
    # pages); check sites pureblue-oils (an Australian essential-oils shop's Hugo product pages),
    # anzhuoya-acu (a Long Island acupuncturist's Eleventy blog and service pages; 8 of its posts
    # carry stray CRs and were passed over) and laborwithlove-doula (a Rochester doula practice's
    # Bridgetown Markdown). All six kinds asked for.
    "AE": ("statesofmind-charity", "talksoon-speech", "centralcoast-derm"),
    # Set AG (session 30, siteAG): dev sites allergy-drforbes (a Brisbane paediatric allergist's
    # static HTML patient pages), keto-fast24 (a keto, low-carb and fasting blog, Markdown) and
    # trainer-mortonfitness (a personal trainer's PHP site; two pages, one a copy of another
    # passed over); check sites urgentcare-monroe (a walk-in urgent care clinic's static HTML,
    # no labelled claim), gut-innerbuddies (a gut-microbiome test and gut-health shop's Markdown
    # blog) and tcm-hope (a Chinese-medicine clinic's acupuncture, herbal, moxibustion and gua sha
    # pages, in the slot of klokand/SepWD, set D's sepwd-tcm, dropped before any label or run).
    # All six kinds asked for.
    "AG": ("allergy-drforbes", "keto-fast24", "trainer-mortonfitness"),
    # Set AD (session 30, siteAD): dev sites dripbar-iv (an IV-drip bar franchise's location
    # landing pages, static HTML; two pages, the rest are script loaders or over the cap),
    # precisemoves-chiro (a San Francisco sports chiropractor with "ANF" frequency discs, Hugo) and
    # rebmd-sportsnutrition (a Maltese sports nutritionist's Jekyll blog); check sites
    # jhawar-ent-snoring (an ENT surgeon's speciality clinics in Navi Mumbai, snoring and sleep
    # apnoea among them, Blade; in the sleep clinic's place: none unused was readable),
    # brussels-eye (an eye clinic's refractive and cataract surgery pages, PHP) and ilovehomeo-mag
    # (a homeopathy publisher's classical clinical cases, MDX). Six sites, five kinds as asked.
    "AD": ("dripbar-iv", "precisemoves-chiro", "rebmd-sportsnutrition"),
    # Set AH (session 30, siteAH): dev sites iewl-weightloss (a California obesity-medicine and
    # weight-loss clinic's PHP tab fragments), moone-womens (a women's health app's Eleventy blog,
    # its menopause posts) and intuitive-column (a medical intuitive's natural-health column in a
    # Boston women's paper, 2002-2008, Jekyll); check sites doorstep-physio (a Bangalore home
    # physiotherapy service's blog and service pages; most posts over the cap), nutricraft-supp (a
    # private-label supplement maker's blog and product-format pages, Astro) and
    # mere-psychotherapy (a psychotherapist's case-reflection posts on his personal Jekyll blog,
    # three posts). All six kinds asked for, the supplement brand loosely (a maker, not a brand).
    "AH": ("iewl-weightloss", "moone-womens", "intuitive-column"),
    # Set AK (session 31, siteAK): dev sites bird-rheum-charity (a Bath rheumatic-disease research
    # and patient-engagement charity's PHP theme, in a medical society's place: none unused was
    # readable), diy-infrared-sauna (an infrared-sauna kit seller's Blade blocks) and
    # medcentre-vaccines (a Melbourne suburban medical centre's PHP pages with flu and travel
    # vaccinations, in a travel-vaccine clinic's place); check sites cebudoc-healthful (a
    # university-hospital group's news stories, PHP views), gingrowth-hair (a hair-growth product
    # shop's Markdown blog and product hub) and npcwoods-telehealth (a nurse practitioner's
    # text-visit telehealth blog, static HTML). Six sites, four of the six kinds as asked.
    "AK": ("bird-rheum-charity", "diy-infrared-sauna", "medcentre-vaccines"),
    # Set AI (session 31, siteAI): dev sites scarletmanuka-cfs (a New Zealand CFS/ME patient's
    # personal writings, Gatsby Markdown), bariatricpal-mx (a bariatric surgery hospital in Tijuana
    # and its surgeons, Jekyll/Siteleaf Markdown; four pages, its CMS left mixed CR line ends in
    # several) and shaafi-hospital (a hospital's procedure and specialty pages, Blade); check sites
    # prana-hbot (a hyperbaric-oxygen and wellness centre in India, PHP; most pages over the cap)
    # and sensiq-sleep (a nootropic and melatonin-free sleep-supplement brand's site, scraped to
    # Markdown by an agency's ingestion tool). Five sites, five of the six kinds asked for: no
    # unused public-health body with prose pages was found.
    "AI": ("scarletmanuka-cfs", "bariatricpal-mx", "shaafi-hospital"),
    # Set AJ (session 31, siteAJ): dev sites shouth-ketamine (a Long Island psychiatry practice
    # offering TMS and ketamine, Markdown), ucl-parkinsons (UCL's Live Well with Parkinson's
    # toolkit, a university/NHS patient-information library, Markdown) and vascular-4vsj (a
    # Melbourne vascular and vein institute, static HTML); check sites culinary-cleanse (a
    # 21-day juice and whole-food cleanse programme, PHP), devyani-ot (a paediatric occupational
    # therapist's sensory clinic, static HTML) and surrey-vascular (a Surrey vascular surgeon's
    # varicose-vein, thread-vein and arterial pages, static HTML; in the slot of rch4-als, an
    # informal charity's ALS drug pages with all text in front matter, dropped before any label).
    # Five of the six kinds asked for: no health news or magazine site was found unused, the
    # patient-information charity's slot went to a second vein surgeon, the toolkit stands in for
    # the mainstream kind.
    "AJ": ("shouth-ketamine", "ucl-parkinsons", "vascular-4vsj"),
    # Set AL (session 31, siteAL): dev sites clicksup-supps (a ClickBank supplement affiliate
    # shop's product pages and blog, brain and sleep products among them: the brain-supplement
    # shop kind, loosely), ryu-injection (a Port Moody acupuncture clinic offering acupoint
    # injections and prolotherapy, Jekyll) and groove-fertility (a period and fertility-tracker
    # app's Jekyll blog, PCOS posts among them: in the PCOS blog's place, loosely); check sites
    # macleod-prolo (a Halifax naturopathic clinic's prolotherapy, neural prolotherapy and PRP
    # condition pages, Astro Markdown: the regenerative-medicine kind), getlabtested-std (an STD
    # lab-testing company with at-home urine kits, PHP: the at-home lab-testing kind) and
    # charter-hospice (a hospice and home-health provider's Gatsby news posts: the hospice
    # kind). Six sites, five of the six kinds asked for (no insurer or employer wellness blog),
    # no mainstream site; the last two sites were added and split on their own after the first
    # run (see bench/README.md).
    "AL": ("clicksup-supps", "ryu-injection", "groove-fertility"),
    # Set AM (session 31, siteAM): dev sites healin-wellness (an integrative wellness studio's
    # float, cryotherapy, hyperbaric and detox therapy pages, PHP; most pages over the cap),
    # medicamentalia-news (the Civio foundation's Medicamentalia health data-journalism, English
    # Jekyll articles; a mainstream health news site, four pages) and lk-breastscreen (Sri Lanka's
    # National Cancer Control Programme breast-screening site, Blade; a public-health body, four
    # pages); check sites wellpharma-rx (a Maryland pharmacy's pharmacist's Jekyll blog) and
    # aligning-dental (a Chennai dental and orthodontic practice, PHP). Five of the six kinds asked
    # for: no women's-health supplement brand with three prose pages under the cap was found.
    "AM": ("healin-wellness", "medicamentalia-news", "lk-breastscreen"),
    # Set AP (session 32, siteAP): dev sites abrams-eye (an Indianapolis eye practice's LASIK,
    # PRK and optical pages, WordPress theme templates: the eye clinic) and strivefit-supplements
    # (a collagen-powder, turmeric and vision-capsule brand's PHP pages, strivefitnation.com/ in a
    # fulfilment company's repository: the collagen brand); check sites ukstore-aesthetics (a UK
    # skin-lightening and skin-treatment brand's blog and treatment pages, PHP: in the slot of
    # clinicgen-derm, a Delhi dermatology clinic dropped before any page of it was stored because
    # every page carries a 25,000-character sidebar) and aayurgram-ayurveda (an Ayurveda ashram and
    # Panchakarma centre, PHP; two pages, the rest placeholders or over the cap). Four sites, four
    # of the six kinds asked for: no unused medical society's patient pages and no university
    # hospital's health library or news with prose pages was found, so no mainstream site.
    "AP": ("abrams-eye", "strivefit-supplements"),
    # Set AN (session 32, siteAN): dev sites evnd-naturopath (East Valley Naturopathic Doctors'
    # blog, Arizona, WordPress posts moved to Astro Markdown; a naturopath's blog, three pages)
    # and asthmalung-blog (the Asthma + Lung UK charity's blog as scraped to Markdown by a third
    # party's question-answering project; a patient-information charity, three pages); check sites
    # perceptive-counseling (a Portland counselling practice's CloudCannon Jekyll sections; a
    # counselling practice) and ssb-physio (a Bangalore physiotherapy clinic's PHP pages and
    # blog). Four sites of four kinds: koi-cbd (a CBD brand's theme, its copy in the CMS),
    # medicity-hospital (one-paragraph department pages) and ducks-therapy (placeholders) were
    # drawn and dropped; no public-health body was found.
    "AN": ("evnd-naturopath", "asthmalung-blog"),
    # Set AO (session 32, siteAO): dev sites globalhealth-blog (an automated consumer
    # health-information blog of symptom and condition articles, Markdown: the health magazine
    # kind, loosely), nucleus-ivf (an IVF and infertility clinic in Pune, PHP) and
    # peninsula-hearing (an independent hearing-aid and hearing-test practice in Devon, PHP with a
    # template language); check sites arlington-painsupport (a chronic-pain patient support group,
    # a chapter of a national non-profit pain association, PHP: in the patient-information
    # charity's place), plantbased-blog (a plant-based recipe and lifestyle blog, Jekyll: the diet
    # blog) and goapp-ivmedspa (a Chicago medical spa's IV-therapy, NAD-injection and injectables
    # pages, Markdown: the IV-drip clinic kind, loosely). Six sites of the six kinds, two of them
    # stand-ins; no health news site or patient-information charity with readable pages was found.
    "AO": ("globalhealth-blog", "nucleus-ivf", "peninsula-hearing"),
    # Set AQ (session 32, siteAQ): dev sites sankalp-herbal (an Indian herbal and psyllium products
    # maker-exporter's product pages, PHP: in the mushroom/adaptogen shop's place, none unused was
    # found), fitnote-govuk (a UK government prototype guide for people off work sick, Eleventy
    # Markdown: a public body in the health department's place) and blackwater-pharmacy (a UK
    # community pharmacy group's ASP.NET pages: the insurer-or-pharmacy kind); check sites
    # googaia-baby (a baby-health and parenting site's Markdown articles), ldsama-rehab (a Florida
    # addiction-detox centre's WordPress theme pages, PHP) and footark-mumbai (a Mumbai
    # foot-and-ankle surgeon's clinic pages, PHP: the podiatry kind). Six sites, four of the six
    # kinds as asked; one mainstream site (the public body).
    "AQ": ("sankalp-herbal", "fitnote-govuk", "blackwater-pharmacy"),
}
# Sets whose check half was retired into the development pool (session 14, the lead's decision:
# their verdicts stay as they were; the fresh check is the check sites of T, V, W, X, Y, Z, G, H,
# I and J; T and V are lost with the old machine). The old P left this list in session 21: its
# folder was lost too and the name now holds a fresh set whose check half is unretired.
# CC, DD, EE, FF and GG joined it in session 25 (the fresh check was then HH, II, JJ, KK and LL);
# HH, II, JJ, KK and LL joined it in session 26, when fresh sets from MM on were built;
# MM, NN, OO, PP and QQ joined it in session 27 (fresh sets from RR on); RR, SS and TT in
# session 28, which found every folder under ROOT gone with session 27's machine (the sets above
# live on only in their bench/README.md sections and the figures recorded there; a script run on
# one of them now finds no folder). The sets built from session 28 on (UU...) are the pool;
# their keys (page sources, split, labels, verdicts; no text) are in bench/data/realsets.
# UU, VV and WW joined it in session 29 (fresh sets from XX on); session 29's machine was new
# again, and their folders were rebuilt from those keys. XX, YY, ZZ, AB and AC joined it in
# session 30 (fresh sets from AD on). AD to AH joined it in session 31, AI to AM in session 32 and AN to AQ in session 33.
# fmt: off
RETIRED = frozenset({
    "C", "D", "F", "Q", "R", "S", "CC", "DD", "EE", "FF", "GG",
    "HH", "II", "JJ", "KK", "LL", "MM", "NN", "OO", "PP", "QQ", "RR", "SS", "TT",
    "UU", "VV", "WW", "XX", "YY", "ZZ", "AB", "AC",
    "AD", "AE", "AF", "AG", "AH",
    "AI", "AJ", "AK", "AL", "AM",
    "AN", "AO", "AP", "AQ",
})
# fmt: on
