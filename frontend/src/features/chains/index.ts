// chains: what other features may use.
export { EnterpriseChainCard } from './components/enterprise-chain-card';
