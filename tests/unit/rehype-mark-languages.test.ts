import { describe, expect, it } from 'vitest';

describe('rehype-mark-languages', () => {
	it('marks Chinese and Korean runs inside English, and leaves marked text alone', async () => {
		const { markLanguagesInHtml } = await import('../../src/core/rehype-mark-languages.ts');
		expect(markLanguagesInHtml('Cui Tiankai 崔天凯 said')).toBe(
			'Cui Tiankai <span lang="zh">崔天凯</span> said',
		);
		expect(markLanguagesInHtml('“마오쩌둥 손자 ‘北, 반드시’ [Mao’s grandson]”')).toBe(
			'“<span lang="ko">마오쩌둥 손자 ‘北, 반드시</span>’ [Mao’s grandson]”',
		);
		expect(markLanguagesInHtml('<span lang="zh-Hant">崔天凱</span>')).toBe(
			'<span lang="zh-Hant">崔天凱</span>',
		);
		expect(markLanguagesInHtml('No CJK here.')).toBe('No CJK here.');
	});
});
