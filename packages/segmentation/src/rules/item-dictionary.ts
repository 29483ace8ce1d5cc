import { SegmentationError } from "../errors";

export interface ItemDictionaryJSON {
  kind: "item-dictionary";
  names: string[];
}

/** Item names ↔ dense integer ids 0..size-1, ids given in order of first appearance. */
export class ItemDictionary {
  private readonly idByName = new Map<string, number>();
  private readonly names: string[] = [];

  get size(): number {
    return this.names.length;
  }

  /** The id of `name`, adding it when new. */
  intern(name: string): number {
    let id = this.idByName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.idByName.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of a known name, or -1. */
  idOf(name: string): number {
    return this.idByName.get(name) ?? -1;
  }

  nameOf(id: number): string {
    const name = this.names[id];
    if (name === undefined) throw new SegmentationError("INVALID_INPUT", `no item with id ${id}`);
    return name;
  }

  namesOf(ids: readonly number[]): string[] {
    return ids.map((id) => this.nameOf(id));
  }

  toJSON(): ItemDictionaryJSON {
    return { kind: "item-dictionary", names: [...this.names] };
  }

  static fromJSON(json: ItemDictionaryJSON): ItemDictionary {
    if (json?.kind !== "item-dictionary" || !Array.isArray(json.names)) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised item dictionary");
    }
    const dictionary = new ItemDictionary();
    for (const name of json.names) {
      if (dictionary.idOf(name) >= 0)
        throw new SegmentationError("INVALID_MODEL", `item "${name}" appears twice`);
      dictionary.intern(name);
    }
    return dictionary;
  }
}
