import { idCheckCharacter } from '../../../modules/people';
import type { Random } from './generate';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅玉兰志强文斌海燕春雪云飞晓东鹏辉琳凤丹宁波斌浩宇欣怡佳琪子涵梓萱诗雨';

/** A plausible Chinese name. */
export function personName(r: Random): string {
  const given = r.next() < 0.6 ? r.pick([...GIVEN]) + r.pick([...GIVEN]) : r.pick([...GIVEN]);
  return r.pick([...SURNAMES]) + given;
}

/** A plausible 11-digit mobile number. */
export function mobile(r: Random): string {
  const head = r.pick([
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '157',
    '158',
    '159',
    '182',
    '187',
    '188',
    '199',
  ]);
  return head + String(r.int(0, 99_999_999)).padStart(8, '0');
}

/** A national ID number with a valid check character, registered in `regionCode` (6 digits). */
export function idNumber(r: Random, regionCode: string): string {
  const year = r.int(1950, 2005);
  const month = String(r.int(1, 12)).padStart(2, '0');
  const day = String(r.int(1, 28)).padStart(2, '0');
  const first17 = `${regionCode}${year}${month}${day}${String(r.int(0, 999)).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}
