/**
 * The words a generated passphrase is drawn from: 2377 plain, everyday English words of three to
 * eight letters — animals, plants, food, weather, places, things around the house, music and
 * kind doings. Chosen to be easy to say aloud, spell and type on a phone, and to be gentle: no
 * words about illness, medicine, harm, loss, money worries, bodies or weight, drink or drugs,
 * faith, war or family ties, and none that could be read as an insult. No word is one of the
 * common passwords the strength estimate knows.
 *
 * log2(2377) ≈ 11.2 bits a word, so five words give about 56 bits. Loaded only when a
 * passphrase is generated (a separate chunk), so it never weighs on the first screen.
 */
export const PASSPHRASE_WORDS: readonly string[] = Object.freeze(
  `
abacus ability able about above absorb abstract academy accent accept account achieve acorn acre
across active actor actual adage adapt add address admiral admire adopt adult advance adverb
advice aerial afford afloat afresh after again agenda agent agile aglow agree agreed ahead aim air
airport airy aisle album alder alert algae alike alive alley allow alloy almanac almond along
aloud alpaca alpha alpine already also alter always amaze amber amble amigo amount ample amulet
amuse anchor angle animal ankle annual anorak answer ant anthem antique antler anvil anyone apex
appeal apple apply apricot april apron aqua arbour arcade arch archer ardent arena argon arise arm
armchair aroma around arrange arrive arrow art artful artist ascent aside ask asleep aspect aspen
assist assure astral atlas atom atrium attend attic auburn audio august aurora author autumn
avenue avian avid avocado awake awaken award aware away awning axis axle azure back bacon badge
badger bag bagel bake baker bakery balance balcony ball ballet balloon balmy bamboo banana band
banjo bank banner banquet bantam barge barley barn baron barrel basalt basil basin basket batch
bath batter bay bazaar beach beacon bead beagle beaker beam bean beanie bear beard beat beaver
become bed bedrock bee beech beehive beetle begin begonia behave believe bell belong below belt
beluga bench benefit beret berry beside best better bevel beyond bicycle big bijou bike billow
bingo birch bird biscuit bison bit blanket blazer blend blimp blink bloom blossom blouse blue
bluebell blush board boat bobbin bold bolt bonnet bonsai bonus boogie book bookcase boot border
borrow boss both bottle bottom boulder bounce bounty bouquet bowl box boxer bracket braid brain
bramble branch brand brass brave bread breeze breezy brick bridle brief bright bring brioche brisk
broad broccoli brooch brook broom brown brunch brush bubble bucket buckle bud buddy budget budgie
buffalo buffet bugle build bulb bumble bundle bungalow bunny bunting burger burrow bus bush busker
busy butler butter buttery button buyer buzz cabbage cabin cable cactus cadet cafe cake calico
calm camber camel cameo camera camp canal canary candid candle candy canoe canopy canter canvas
canyon cap cape caper capital captain car caramel caravan carbon card cardigan care cargo carnival
carol carpet carrot carry cart carve case cashew cassava castle cat catch catkin cattle cave
cavern caviar cedar celery cellar cello cement census centre cereal chain chair chalet chalk
champion chance change chapter charcoal chariot charm chart chase chatter cheek cheer cheetah chef
cherry chess chest chestnut chew chicken chief chime chimney chin chip chirp chive choice choir
chorale chorus chowder cinder cinema cinnamon circle circus citadel citrus city civic clam clap
clarinet class classic clay clean clear clerk clever click climb climber cling cloak clock close
cloth cloud clove clover club clue coach coast coaster coat cobalt cobble cockle cocoa coconut
code codex coffee coin collar collect colour column comb comet comfort comic comma common compass
compost concert condor confetti conker convoy cook cookie cool copper copy coral cordial core
corgi corn corner cornet cosmic cosy cottage cotton couch count country couple courage course
courtly cover coyote crab craft crane crater crayon cream create creek crescent crest crew cricket
crimson crisp crochet crocus crop crowd crown crumb crumble crumpet crust crystal cub cube cuckoo
cuddle cumin cup cupboard cupcake curator curious curl current curry curtain curve cushion custard
cycle cygnet cymbal cypress dahlia daily dairy daisy damask damson dance dancer dancing dandy
dapple dare daring darling dart dash date dawn day dazzle dazzling deal dear debut decade decide
decimal deck decoy decree deep deer degree delight deliver delta den denim depot depth descent
desert design desk desktop dessert detail detour device dew diamond diary dice dig dinner diploma
dipper direct disco discus dish display divan dive divide dog doily doll dolphin domain domino
donkey donut doodle door doorway dormouse double dough dove dozen draft drama draw drawer dream
dress drift drive drizzle drop drum drummer duck duet dulcimer dumpling dune during dusk dust duty
duvet dwell dynamo eager eagle ear early earn earth easel east easy echo eclair eclipse eddy edge
editor effort egg eight elated elbow elder elegant element elf elixir elk elm else embark ember
emblem emerald emperor employ enable enamel encore endive energy engage engine enjoy enough ensign
enter entry envoy epic equal equator errand espresso essay estate estuary even evening event ever
every evolve exact example excite exist exotic expand expert explain explore expo extra eye fable
fabric face facet fact fair fairy falafel falcon fame famous fancy fanfare farm farmer fashion
fast fathom fawn feast feather feed feel feline fellow felt fence fern ferret ferry festival fetch
few fiddle field fiesta fig figure film finch find fine finger fir fire firm first fish fit five
fix fjord flag flame flamingo flannel flapjack flash flat flavour fledge fleece flicker flight
flint float flock floor flotilla flour flow fluffy flurry flute fly foal foam focus fog fold
foliage folk follow fondue food foot footpath forager forecast forest forge fork form fort forum
forward fossil found fox foxglove fragrant frame freckle free fresco fresh friend friendly frog
frolic front frost fruit fuchsia fudge fuel full fun funnel funny fur futon future gable gadget
galaxy galleon gallery gallop game gander gannet garage garden garland garlic garnet gate gateau
gather gauge gazebo gazelle gecko gem general gentle genuine gerbil geyser gherkin giant gift
giggle ginger gingham giraffe give glacier glad glade gladly glass glen glide glimmer glisten
glitter globe glove glow glue gnome goal goat goblet goggles gold golden golf gondola good goose
gorilla gorse gourd gourmet gown grab grace grain grand granite granola grape grass gravel gravity
gravy great green greet grey grid griddle grin grip grocer groove grotto ground group grouse grove
grow guard guava guess guide guinea guitar gull gumboot gusto gym habit haddock haiku hail hair
half halibut hall halo hamlet hammer hammock hamster hand handful handle hangar hanger happy
harbour hard hare harmony harness harp harvest hat hatch have haven hawk haystack hazel hazelnut
head health heap hear heart hearth heat heather hedge hedgehog heirloom helix helmet help hen herb
herd here hermit hero heron hickory hidden highland hike hill hilltop hint hippo history hobby
hold holiday holly home homely honest honey honeybee hood hook hoop hop hope horizon horn horse
host hotel hotpot hour house hover hubcap hug huge human humble hummus humour hundred hurry husky
hut hydrant ice iceberg icicle icon idea idiom igloo iguana image imagine impala improve inch
index indigo indoor ink inkwell inlet inn input insect inside insight instant invent invite iris
iron island isle italic item ivory ivy jackal jacket jade jaguar jam jar jasmine jaunty jazz jeans
jelly jersey jester jet jetty jewel jigsaw job jockey jog join joke jolly journal journey jovial
joy jubilee jug juggle juice jumble jump jumper june jungle junior juniper jupiter just kaftan
kale kangaroo kayak kebab keen keep keeper kennel kernel kestrel ketchup kettle key keyboard kiln
kilt kimono kind kindle king kipper kitchen kite kitten kiwi knapsack knee knight knit knock knot
know koala krill label lace lacquer ladder ladle ladybird lagoon lake lamb lamp land lane lantern
lap lapwing larder large lark lasagne laser late lattice laugh launch laurel lava lavender lawn
layer lead leaf leafy learn leather legend lemon lemonade lend length lens lentil leopard lesson
letter level lever library lichen lid life lifeboat lift light lilac lily lime limerick limit
linden linen linnet lion lip liquid list listen little live lizard llama load loaf lobby lobster
local lock locket lodge loft logic lollipop long look loom loop loose lotion lotus loud lounge
loyal lucky lullaby lumber lunar lunch lunchbox lupin lute lychee lyric macaroon macaw machine
mackerel madrigal magic magnet magnolia magpie mahogany mail main majestic major make mallard
mallow mammoth mandolin mango manor mantle maple marble march margin marigold marina marine market
marlin marmot marquee marrow marsh mascot mask mast match matter meadow meal measure medal medley
melodic melody melon member memory mention menu meringue merit mermaid merry mesa mesh message
metal meteor method midday middle midnight might migrate mild mile milk mill mimic mind mineral
minnow minstrel mint minute mirror misty mitten mix moccasin model modern module mohair molten
moment monarch monday money monsoon month moon moor moorhen moose morning morsel mosaic moss
motion motor motto mound mount mouse mouth move movie muesli muffin mug mulberry mural museum
mushroom music muslin mussel mustard myrtle nail name napkin narrow narwhal nature nautical
navigate navy near neat nebula nectar neigh neon nest net nettle new newt next nice nickel night
nightjar nimble nine noble nod noise nomad noodle normal north nose notable note notice nougat
novel now nugget number nursery nut nutmeg nutshell oak oar oasis oat oatmeal obelisk object oboe
ocean ochre octave octopus odyssey offer office often oil okay old olive olympic omelette once one
onion onyx opal open opera optimist option oracle orange orbit orchard orchid order oregano organ
origami origin osprey ostrich otter ottoman ounce outback outdoor outfit oval oven over overture
owl own oxygen oyster pace pack paddle paddock page pagoda paint pair paisley palace palette palm
pampas pancake panda panel pansy panther papaya paper paprika parade parasol parcel park parrot
parsley parsnip part partner party pass pasta paste pastel pastry pasture patch path patio patter
pause pavement pavilion paw peace peach peacock peak peanut peapod pear pearl pebble pebbly pecan
pedal pegasus pelican pen pencil pendant penguin pennant penny peony people pepper perch perfume
permit person pesto pet petal petunia pewter pheasant phone photo piano piccolo pick pickle picnic
picture pie piece pier pigeon pillow pilot pimento pinafore pine pinecone pink pint pinwheel pipe
pirate pitch pixel pizza place plaice plain plan plane planet plankton plant plate platypus play
plaza pleasant plenty plot plover plum plumber plume plus pocket poem poet point polar pole polish
polite poncho pond pony pool popcorn poppy porch porridge port portion post postcard potato potter
pottery pouch poultry power prairie praise prawn present press pretty pretzel price pride primrose
print prism prize process produce program promise proof proper proud prune public pudding puffball
puffin pull pullover pulse pumice pumpkin pupil puppet puppy purple purpose purse push puzzle
pyjamas quail quaint quart quartz quasar quayside queen quench quest quick quiet quill quilt
quince quintet quite quiz quokka quote rabbit raccoon radar radiant radio radish raffle raft
ragtime rain rainbow raise raisin rake rally ramble rambler ranch range rapid rapport rare raven
ravioli reach read ready real reason rebound recipe recital record red redwood reef reel reflect
regal region reindeer relax relay relic relish remedy remind render repair repeat replica reply
report reptile rescue rest result retreat return review reward rhubarb rhyme rhythm ribbon rice
rich riddle ride ridge right ring ripple rise river riverbed road roadster roast robin robot
robust rock rocket rockpool rococo rodeo roll roof room rooster root rose rosebud rosemary rosy
rotate rotunda rough round route row rowan royal rubber ruby rucksack rudder rug rule rumba run
runway rural rustic rustle saddle safari safe saffron saga sage sail sailor salad salmon salsa
salt samba same sample sand sandal sapphire sardine satchel satin satsuma sauce saucer savanna
save say scale scallop scamper scarf scene scent scholar school science scone scooter score scout
scrap screen script scroll scuttle sea seagull seahorse seal seashell season seat second section
seed seek seem select sell send sense sequin serene series serve sesame settle seven shade
shamrock shape share shark shed sheep shelf shell shelter sherbet shift shine shingle ship shirt
shoe shop shore short shortcut shoulder show shrub shuttle shy side sienna sight sign signal
silent silk silo silver simple sing sit sitar six size skate sketch ski skill skirt sky skylark
skyline slate sled sleep sleeve slice slide slipper sloop slope slow small smile smooth smoothie
snack snail snippet snow snowdrop soap sock sofa soft soil solar solid solo song sonnet soon
sorbet sorrel sort sound soup south soybean space spade spare spark sparkle sparrow speak special
spell spend sphere spice spider spin spinach splash splendid sponge spoon sport spot spray spring
sprout spruce square squash squid squiggle squirrel stable stage stair stamp stand star starfish
starling start state station stay steady steam stencil step sterling stick still stingray stirrup
stitch stoat stone stool store stork storm story stove straw stream street stride string strong
strudel studio study stuff style sugar suit sultana summit sun sundial sunny sunrise sunset superb
supper supply surf surfer sushi swallow swan sweater sweet swift swim swing switch sycamore symbol
symphony syrup table tadpole taffeta tail talent talk tall tame tandem tango tank tape tapestry
tarragon tartan task taste tea teach teacup team teapot tell tempo ten tennis tent term terrace
terrier text thank theme then theory there thimble thing think third thistle thought thread thrive
throne thrush thumb thunder thyme tiara ticket tide tidy tiger tile timber time timpani tinsel
tiny tip title toast today toe toffee token tomato tone tongue tonight tool tooth top topaz topic
torch tortoise total toucan touch tour towel tower town toy track trade trail train tram travel
tray treacle treat tree treetop trellis trend trick trifle trim trinket trio trolley trophy trout
truck true truffle trumpet trunk trust truth try tuba tugboat tulip tuna tundra tune tunnel turkey
turn turnip turtle tutor tuxedo tweed twelve twenty twig twin twist type ukulele ultra umber
umbrella under unicorn union unique unit universe until upbeat update upland uplift upon upper
urban useful usual utopia vacuum valiant valley value van vanilla vantage vapour vase vast velvet
vendor venue veranda verb verbena verse vertex very vessel vest viaduct video view village vine
vintage viola violet violin visit vista visual vital vivid vocal voice volcano volume vote voyage
voyager wafer waffle wagon wagtail wait wake walk walkway wall wallaby walnut walrus wand want
warbler wardrobe warm wash watch water wave wax way wayfarer wealth wear weather weave web week
well west wetland whale wheat wheel when whimsy whippet whirl whisk whisper whistle white whole
wicker wide width wild wildcat will willow win wind windmill window wing winner wire wise wish
wisp wisteria witty wizard wolf wombat wonder wood woodland wool word work workshop world worth
wrap wren write yacht yak yard yarn yarrow year yearling yellow yes yeti yodel yoga yogurt yolk
yonder young youth yummy zebra zenith zephyr zero zest zigzag zinc zinnia zipper zodiac zone zoo
`
    .trim()
    .split(/\s+/),
);
