/**
 * Static name data for the Kunming governance-tree generator.
 *
 * Street/township names are best-effort real names of Kunming's township-level
 * divisions (order defines the 3-digit street number, 001…). Community and
 * village names are synthesised from the syllable lists below.
 */

/** Township-level division names per county-level division code. */
export const STREET_NAMES: Readonly<Record<string, readonly string[]>> = {
  // 五华区
  '530102000000': [
    '华山街道',
    '护国街道',
    '大观街道',
    '龙翔街道',
    '丰宁街道',
    '莲华街道',
    '红云街道',
    '黑林铺街道',
    '普吉街道',
    '西翥街道',
  ],
  // 盘龙区
  '530103000000': [
    '拓东街道',
    '鼓楼街道',
    '东华街道',
    '联盟街道',
    '金辰街道',
    '青云街道',
    '龙泉街道',
    '茨坝街道',
    '双龙街道',
    '松华街道',
    '滇源街道',
    '阿子营街道',
  ],
  // 官渡区
  '530111000000': [
    '关上街道',
    '太和街道',
    '吴井街道',
    '金马街道',
    '小板桥街道',
    '官渡街道',
    '矣六街道',
    '六甲街道',
    '大板桥街道',
    '阿拉街道',
  ],
  // 西山区
  '530112000000': [
    '金碧街道',
    '永昌街道',
    '前卫街道',
    '福海街道',
    '棕树营街道',
    '西苑街道',
    '马街街道',
    '碧鸡街道',
    '海口街道',
    '团结街道',
  ],
  // 东川区
  '530113000000': ['铜都街道', '碧谷街道', '汤丹镇', '因民镇', '阿旺镇', '乌龙镇', '红土地镇', '拖布卡镇', '舍块乡'],
  // 呈贡区
  '530114000000': [
    '龙城街道',
    '洛龙街道',
    '吴家营街道',
    '乌龙街道',
    '雨花街道',
    '洛羊街道',
    '大渔街道',
    '斗南街道',
    '七甸街道',
    '马金铺街道',
  ],
  // 晋宁区
  '530115000000': ['昆阳街道', '宝峰街道', '晋城街道', '二街镇', '上蒜镇', '六街镇', '双河彝族乡', '夕阳彝族乡'],
  // 富民县
  '530124000000': ['永定街道', '大营街道', '罗免镇', '赤鹫镇', '散旦镇', '款庄镇', '东村镇'],
  // 宜良县
  '530125000000': [
    '匡远街道',
    '南羊街道',
    '汤池街道',
    '北古城镇',
    '狗街镇',
    '马街镇',
    '竹山乡',
    '耿家营彝族苗族乡',
    '九乡彝族回族乡',
  ],
  // 石林彝族自治县
  '530126000000': ['鹿阜街道', '石林街道', '板桥街道', '西街口镇', '路美邑镇', '圭山镇', '长湖镇', '大可乡'],
  // 嵩明县
  '530127000000': ['嵩阳街道', '杨桥街道', '小街镇', '杨林镇', '牛栏江镇'],
  // 禄劝彝族苗族自治县
  '530128000000': [
    '屏山街道',
    '崇德街道',
    '转龙镇',
    '茂山镇',
    '团街镇',
    '撒营盘镇',
    '中屏镇',
    '皎平渡镇',
    '乌东德镇',
    '翠华镇',
    '九龙镇',
    '汤郎乡',
    '云龙乡',
    '马鹿塘乡',
    '则黑乡',
    '雪山乡',
  ],
  // 寻甸回族彝族自治县
  '530129000000': [
    '仁德街道',
    '塘子街道',
    '羊街镇',
    '柯渡镇',
    '功山镇',
    '河口镇',
    '七星镇',
    '先锋镇',
    '鸡街镇',
    '凤合镇',
    '金源乡',
    '六哨乡',
    '联合乡',
    '甸沙乡',
  ],
  // 安宁市
  '530181000000': [
    '连然街道',
    '金方街道',
    '太平新城街道',
    '八街街道',
    '县街街道',
    '青龙街道',
    '草铺街道',
    '禄脿街道',
    '温泉街道',
  ],
};

/** First syllables for urban community names ("XX社区"). */
export const COMMUNITY_HEADS: readonly string[] = [
  '翠',
  '金',
  '银',
  '春',
  '华',
  '新',
  '东',
  '西',
  '南',
  '北',
  '文',
  '明',
  '和',
  '兴',
  '康',
  '福',
  '安',
  '景',
  '锦',
  '昌',
  '盛',
  '丰',
  '永',
  '荣',
  '瑞',
  '祥',
  '云',
  '滇',
  '龙',
  '凤',
  '青',
  '碧',
  '泰',
  '宏',
  '嘉',
  '佳',
];

/** Second syllables for urban community names. */
export const COMMUNITY_TAILS: readonly string[] = [
  '湖',
  '星',
  '苑',
  '园',
  '城',
  '林',
  '庭',
  '桥',
  '坊',
  '源',
  '泉',
  '阳',
  '光',
  '丰',
  '兴',
  '华',
  '庄',
  '海',
  '岸',
  '路',
  '街',
  '门',
  '馨',
  '雅',
  '秀',
  '霞',
];

/** First syllables for village names ("XX村"). */
export const VILLAGE_HEADS: readonly string[] = [
  '大',
  '小',
  '上',
  '下',
  '中',
  '前',
  '后',
  '新',
  '老',
  '高',
  '石',
  '马',
  '牛',
  '羊',
  '杨',
  '李',
  '张',
  '王',
  '赵',
  '陈',
  '何',
  '白',
  '黑',
  '红',
  '黄',
  '青',
  '松',
  '柏',
  '桃',
  '梨',
  '花',
  '龙',
  '凤',
  '水',
  '沙',
  '河',
  '塘',
  '坡',
];

/** Second syllables for village names (Yunnan-flavoured place-name endings). */
export const VILLAGE_TAILS: readonly string[] = [
  '营',
  '甸',
  '哨',
  '邑',
  '冲',
  '箐',
  '坝',
  '庄',
  '屯',
  '铺',
  '寨',
  '塘',
  '沟',
  '山',
  '田',
  '坡',
  '湾',
  '地',
  '闸',
  '桥',
  '厂',
  '湖',
  '林',
  '关',
];

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Converts an integer 1…999 to Chinese numerals (e.g. 12 → 十二, 105 → 一百零五). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    throw new RangeError(`toChineseNumeral: ${n} is outside 1…999`);
  }
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds > 0) out += `${DIGITS[hundreds]}百`;
  if (tens > 0) {
    // "十二" rather than "一十二" when there is no hundreds part.
    out += hundreds === 0 && tens === 1 ? '十' : `${DIGITS[tens]}十`;
  } else if (hundreds > 0 && ones > 0) {
    out += '零';
  }
  if (ones > 0) out += DIGITS[ones];
  return out;
}
