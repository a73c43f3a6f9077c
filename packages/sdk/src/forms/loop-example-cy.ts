/**
 * The Welsh draft of the loop-learning worked example in `loop-example.ts`: the same fictional
 * scenario, structure, ids and dates, with every human-readable string in Welsh. It awaits
 * review by a Welsh speaker.
 */
import type { LoopWorksheetInput } from '../model/schemas.js';

/** The Welsh draft of a group’s worked example on a low-level concern about frequent physical interventions. */
export const physicalInterventionWorksheetCy: LoopWorksheetInput = {
  schemaVersion: 1,
  kind: 'loop-worksheet',
  id: 'ws-physical-intervention-cy',
  title: 'Pryder lefel isel am ymyriadau corfforol mynych',
  subject: {
    kind: 'scenario',
    text:
      'Mae aelod o staff, sy’n fenyw, yn codi pryder lefel isel am gydweithiwr gwrywaidd. Mae ef yn rhan o ymyriadau corfforol gyda phlant yn llawer amlach na neb arall yn y tîm. ' +
      'Mae hi’n credu bod pob ataliad wedi’i gyfiawnhau pan fydd hi’n edrych arno ar ei ben ei hun. Yr hyn sy’n ei phoeni yw pa mor aml maen nhw’n digwydd.',
  },
  mode: 'group',
  status: 'complete',
  defensive: {
    response:
      'Trin pob ataliad fel digwyddiad ar wahân. Gwirio bod pob cofnod yn gyflawn ac wedi’i gymeradwyo fel ymateb cymesur, ac yna tawelu ei meddwl nad oedd dim byd o’i le. ' +
      'Os gwneir unrhyw beth arall, trefnu lle iddo ar gwrs gloywi ar ddad-ddwysáu a chyflwyno ffurflen newydd i fonitro ataliadau.',
    protects:
      'Mae’n amddiffyn y cydweithiwr, y rheolwr a’r sefydliad rhag sgwrs anghyfforddus, a rhag y syniad bod rhywbeth yn y ffordd rydyn ni’n gweithio yn achosi hyn. ' +
      'Mae’n cadw’n gyfan y stori rydyn ni’n ei hadrodd amdanom ein hunain: mae ein harferion yn ddiogel oherwydd bod pob digwyddiad yn cael ei adolygu. Mae’n gadael i bawb gadw rheolaeth ac osgoi edrych ar eu rhan eu hunain, ' +
      'a dyna bwrpas arfer amddiffynnol.',
    misses:
      'Y patrwm. Does neb yn gofyn pam mai ef sydd yno mor aml, beth yw profiad y plant, a yw’r rotâu’n ei roi yn yr ystafell ar yr adegau anoddaf, neu a yw cydweithwyr yn camu’n ôl oherwydd “fe sy’n delio â’r peth”. ' +
      'Mae hefyd yn dysgu i’r sawl a gododd y pryder mai tawelu meddwl, nid chwilfrydedd, yw’r hyn a gaiff rhywun am godi llais, felly mae hi, ac unrhyw un sy’n gwylio, yn llai tebygol o godi llais y tro nesaf.',
  },
  singleLoop: {
    change:
      'Cadw’r un nodau a’r un rheolau ond newid yr hyn rydyn ni’n ei wneud: adolygu’r log ataliadau fesul aelod o staff, plentyn a shifft; gofyn i gydweithiwr hyfforddedig arall arwain am yr wythnosau nesaf; cynnal ôl-drafodaeth ar ôl pob ymyriad; ' +
      'a defnyddio ei sesiynau goruchwylio i edrych ar yr hyn sy’n digwydd yn y munudau cyn ataliad. Diolch i’r aelod o staff a gododd y mater a dweud wrthi beth fydd yn digwydd nesaf.',
  },
  doubleLoop: {
    assumptions:
      'Y rheolau anysgrifenedig a wnaeth i hyn ymddangos yn iawn: “yr aelod cryfaf o staff yw’r person mwyaf diogel i ymyrryd”; “os oedd pob ataliad wedi’i gyfiawnhau, does dim ots am y nifer”; ' +
      '“mae cael dyn ar y shifft yn cadw pethau’n dawel”; “dim ond pan fydd rhywun yn ei alw’n broblem y byddwn ni’n edrych ar ddigwyddiad”. Mae ein harchwiliadau’n cyfrif a yw ffurflenni’n gyflawn, nid a ellid bod wedi osgoi ataliad. ' +
      'Rydyn ni’n dweud ein bod yn gwerthfawrogi’r arfer lleiaf cyfyngol a llais y plentyn; mae ein trefnau bob dydd yn gwobrwyo cael sefyllfa dan reolaeth yn gyflym. Y bwlch rhwng yr hyn rydyn ni’n ei ddweud a’r hyn rydyn ni’n ei wneud yw’r peth i edrych arno.',
    change:
      'Rhoi “pwy sy’n adnabod y plentyn hwn orau ac yn gallu tawelu pethau” yn lle “pwy yw’r cryfaf”. Trin amlder fel gwybodaeth ynddo’i hun, gyda lefel sy’n sbarduno trafodaeth yn y tîm yn hytrach nag ymchwiliad i un person. ' +
      'Rhannu pwy sy’n ymateb a pha mor aml, fel nad yr un bobl sy’n gwneud hynny bob tro. Mesur yr ataliadau a gafodd eu hosgoi a’r hyn mae plant yn ei ddweud wedyn, nid dim ond a yw ffurflenni wedi’u llenwi. ' +
      'Ei gwneud yn arferol i unrhyw un ofyn “pam mai fi, neu fe, sy’n mynd bob tro?” heb iddo swnio fel cyhuddiad: rhoi’r data ar y bwrdd, profi ein credoau gyda’n gilydd a phenderfynu gyda’n gilydd.',
  },
  tripleLoop: {
    howWeLearn:
      'Rydyn ni’n dysgu o ddigwyddiadau unigol sy’n croesi trothwy, ac anaml o batrymau sy’n aros o dan y trothwy. Caiff pryderon lefel isel eu cofnodi ond nid eu darllen gyda’i gilydd, a dim ond yr hyn a atgyfeirir iddo y mae’r swyddog dynodedig yn ei weld. ' +
      'Pwy sy’n penderfynu beth sy’n cyfrif fel pryder, ac ydyn ni’n diolch i’r bobl sy’n codi cwestiynau anghyfforddus neu’n eu cosbi’n dawel? Gallen ni drin cofnodion pryderon lefel isel fel deunydd ar gyfer myfyrio rheolaidd yn hytrach na ffurflen i’w chwblhau.',
    whoIsMissing:
      'Y plant a gafodd eu hatal yn gorfforol a’u teuluoedd: sut brofiad oedd hynny, a beth maen nhw’n credu a fyddai wedi helpu. Y swyddog dynodedig, a all ddweud wrthym a yw’r un patrwm i’w weld mewn lleoliadau eraill. ' +
      'Yr aelod o staff a gododd y mater, a ddylai helpu i lunio’r hyn sy’n digwydd nesaf yn hytrach na chael gwybod yn unig. Y cydweithiwr ei hun, y mae ei esboniad o pam y gelwir arno yn dystiolaeth hefyd. Staff y nos a staff asiantaeth, a allai weld darlun gwahanol.',
  },
  nextExperiment: {
    description:
      'Am wyth wythnos, mae cyfarfod y tîm yn adolygu pob ymyriad corfforol fesul plentyn, aelod o staff ac adeg o’r dydd, gan ofyn “beth allai fod wedi digwydd yn gynt?”. ' +
      'Ar gyfer pob plentyn, mae’r staff yn cytuno ymlaen llaw pwy sy’n arwain ar dawelu pethau, a’r dewis yn seiliedig ar y berthynas â’r plentyn yn hytrach nag ar faint y person. ' +
      'Ar ôl unrhyw ataliad, cynigir sgwrs i’r plentyn gydag oedolyn mae’n ymddiried ynddo, a chofnodir yr hyn mae’r plentyn yn ei ddweud.',
    measure:
      'Llai o ataliadau at ei gilydd a dosbarthiad mwy cyfartal ar draws y staff; mwy o ymdrechion wedi’u cofnodi i dawelu pethau cyn ataliad; beth mae plant yn ei ddweud wedyn; ' +
      'ac a yw’r staff yn dweud, mewn arolwg dienw byr, y bydden nhw’n teimlo y gallen nhw godi pryder tebyg.',
    reviewOn: '2025-03-31',
  },
  contributions: [
    {
      id: 'c1',
      section: 'defensive',
      text: 'Ein greddf gyntaf oedd gwirio’r gwaith papur. Pan welson ni fod y cyfan wedi’i gymeradwyo, roedden ni’n teimlo rhyddhad, ac rwy’n credu mai’r rhyddhad hwnnw oedd y broblem.',
    },
    {
      id: 'c2',
      section: 'single',
      text: 'Newid y rota fel nad fe yw’r un sydd wedi’i enwi i ymateb bob tro ar y shifftiau prysuraf.',
    },
    {
      id: 'c3',
      section: 'double',
      text: 'Rydyn ni wastad wedi dweud “anfonwch y bois mawr i mewn”. Wnaeth neb erioed ei ysgrifennu, ond mae pawb yn ei wybod.',
    },
    {
      id: 'c4',
      section: 'double',
      text: 'Os mai’r cyfan mae’r archwiliad yn ei wirio yw bod y ffurflen yn gyflawn, byddwn ni’n dal i gael ffurflenni cyflawn.',
    },
    {
      id: 'c5',
      section: 'triple',
      text: 'Dydyn ni byth yn gofyn i’r plant. Nhw yw’r unig rai oedd yno bob tro.',
    },
    {
      id: 'c6',
      section: 'triple',
      text: 'Fyddai hi wedi codi hyn petai hi’n newydd? Dylen ni gael gwybod beth a’i galluogodd i wneud hynny, a’i gwneud yn haws i’r person nesaf.',
    },
    {
      id: 'c7',
      section: 'next-experiment',
      text: 'Gofyn i’r swyddog dynodedig a yw lleoliadau eraill yn gweld yr un patrwm cyn i ni benderfynu bod hyn yn ymwneud ag un person yn unig.',
    },
  ],
  showAuthors: false,
  updatedOn: '2025-01-20',
};
