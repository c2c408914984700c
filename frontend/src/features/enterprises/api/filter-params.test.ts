import { describe, expect, it } from 'vitest';
import { enterprisesUrl } from './get-enterprises';
import { filterFromParams, paramsFromFilter } from './filter-params';
import type { EnterpriseFilter } from './types';

const EMPTY: EnterpriseFilter = { tags: [], page: 0, size: 20, sort: '-createdAt' };

describe('the list filter in the URL', () => {
  it('reads every filter, the origin region and the owner unit included', () => {
    const filter = filterFromParams(
      new URLSearchParams(
        'q=jnxcl&tag=GAZELLE&tag=SRDI&industryId=7&status=FOLLOWING&regionCode=370100&ownerUnitId=12&page=2&size=50&sort=name',
      ),
    );
    expect(filter).toEqual({
      q: 'jnxcl',
      tags: ['GAZELLE', 'SRDI'],
      industryId: 7,
      status: 'FOLLOWING',
      regionCode: '370100',
      ownerUnitId: 12,
      page: 2,
      size: 50,
      sort: 'name',
    });
  });

  it('takes the defaults for what is missing and drops what is malformed', () => {
    expect(filterFromParams(new URLSearchParams(''))).toEqual(EMPTY);
    expect(filterFromParams(new URLSearchParams('regionCode=37&ownerUnitId=abc&page=x&job=5d1c'))).toEqual(EMPTY);
  });

  it('writes a short URL that reads back as the same filter', () => {
    const filter: EnterpriseFilter = { ...EMPTY, regionCode: '370105', ownerUnitId: 3, tags: ['UNICORN'] };
    const params = paramsFromFilter(filter);
    expect(params.toString()).toBe('tag=UNICORN&regionCode=370105&ownerUnitId=3');
    expect(filterFromParams(params)).toEqual(filter);
    expect(paramsFromFilter(EMPTY).toString()).toBe('');
  });

  it('sends the region and the owner unit to the API with the paging parameters', () => {
    expect(enterprisesUrl({ ...EMPTY, regionCode: '370000', ownerUnitId: 4 })).toBe(
      '/api/enterprises?regionCode=370000&ownerUnitId=4&sort=-createdAt&page=0&size=20',
    );
  });
});
