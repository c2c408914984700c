import { Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Change } from '../api/types';

export function ProjectCell({ change }: { change: Change }) {
  return (
    <Flex vertical gap={2}>
      <Link to={`/projects/${change.projectId}`}>{change.projectName}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {change.projectCode}
      </Typography.Text>
    </Flex>
  );
}
