import { Tooltip } from 'antd';
import { usePersonName } from '../api/get-people';

/** A person where a record keeps a login: their name, the login only as a tooltip. */
export function PersonName({ login }: { login: string | null | undefined }) {
  const nameOf = usePersonName();
  if (!login) return null;
  const name = nameOf(login);
  return name === login ? (
    <span>{login}</span>
  ) : (
    <Tooltip title={login}>
      <span data-login={login}>{name}</span>
    </Tooltip>
  );
}
