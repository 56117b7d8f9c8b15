import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface EntityRecord { id: string; type: 'PERSON' | 'ORG' | 'PLACE'; name: string; mentions: number; articles: number }
interface MentionLocation { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }

type Node =
  | { kind: 'type'; type: EntityRecord['type']; entities: EntityRecord[] }
  | { kind: 'entity'; entity: EntityRecord }
  | { kind: 'mention'; mention: MentionLocation };

const TYPE_TITLE = { PERSON: 'People', ORG: 'Organizations', PLACE: 'Places' } as const;
const TYPE_ICON = { PERSON: 'person', ORG: 'organization', PLACE: 'location' } as const;

/** The entity explorer: types, then entities with mention counts, then mentions (click to open). */
export class EntityExplorer implements vscode.TreeDataProvider<Node> {
  readonly #client: LanguageClient;
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  constructor(client: LanguageClient) { this.#client = client; }

  refresh(): void { this.#changed.fire(undefined); }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const entities = await this.#client.sendRequest<EntityRecord[]>('newsLens/entities');
      return (['PERSON', 'ORG', 'PLACE'] as const)
        .map(type => ({ kind: 'type' as const, type, entities: entities.filter(e => e.type === type) }))
        .filter(n => n.entities.length);
    }
    if (node.kind === 'type') return node.entities.map(entity => ({ kind: 'entity' as const, entity }));
    if (node.kind === 'entity') {
      const mentions = await this.#client.sendRequest<MentionLocation[]>('newsLens/entityMentions', { id: node.entity.id });
      return mentions.map(mention => ({ kind: 'mention' as const, mention }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(`${TYPE_TITLE[node.type]} (${node.entities.length})`, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.type]);
      return item;
    }
    if (node.kind === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${e.mentions} mention${e.mentions === 1 ? '' : 's'} · ${e.articles} article${e.articles === 1 ? '' : 's'}`;
      item.id = e.id;
      item.contextValue = 'newsLens.entity';
      return item;
    }
    const m = node.mention;
    const uri = vscode.Uri.parse(m.uri);
    const item = new vscode.TreeItem(`${m.text}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${uri.path.split('/').pop()}:${m.range.start.line + 1}`;
    const range = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
    item.command = { command: 'vscode.open', title: 'Open mention', arguments: [uri, { selection: range }] };
    return item;
  }
}
